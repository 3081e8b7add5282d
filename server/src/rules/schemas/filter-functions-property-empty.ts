import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { filterFunctionsUses } from '../shared/schemaLimits';

/** `x-ms-capabilities.filterFunctions: []` declares a filterable column with no filter (SVR Properties). */
export default defineRule({
	id: 'filter-functions-property-empty',
	msCode: 'FilterFunctionsPropertyEmpty',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: "A 'filterFunctions' list must not be empty.",
	fixable: false,
	files: ['swagger'],
	check(context) {
		for (const use of filterFunctionsUses(context.swagger!)) {
			if (Array.isArray(use.value) && use.value.length === 0) {
				context.report({ file: 'swagger', path: use.path, message: "The 'filterFunctions' property must have at least one element." });
			}
		}
	},
});
