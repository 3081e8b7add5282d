import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { filterFunctionsUses } from '../shared/schemaLimits';

/**
 * `filterFunctions` describes how a returned column can be filtered, so it belongs in response schemas (SVR
 * Properties). Reported on non-body parameters and on schemas that only requests use (a definition shared with a
 * response is not reported).
 */
export default defineRule({
	id: 'filter-functions-property-in-input-schema',
	msCode: 'FilterFunctionsPropertyInInputSchema',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: "A 'filterFunctions' list is only allowed in response schemas.",
	fixable: false,
	files: ['swagger'],
	check(context) {
		for (const use of filterFunctionsUses(context.swagger!)) {
			if (use.inputOnly) {
				context.report({ file: 'swagger', path: use.path, target: 'key', message: "The 'filterFunctions' property has to be in the response schema." });
			}
		}
	},
});
