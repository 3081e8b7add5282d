import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { filterFunctionsUses } from '../shared/schemaLimits';

/** A `filterFunctions` list that names a function twice (SVR Properties); each repeat is reported, on the repeat. */
export default defineRule({
	id: 'filter-functions-property-has-duplicates',
	msCode: 'FilterFunctionsPropertyHasDuplicates',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: "A 'filterFunctions' list must not repeat a value.",
	fixable: false,
	files: ['swagger'],
	check(context) {
		for (const use of filterFunctionsUses(context.swagger!)) {
			if (!Array.isArray(use.value)) {
				continue;
			}
			const seen = new Set<unknown>();
			use.value.forEach((item, index) => {
				if (typeof item !== 'string') {
					return;
				}
				if (seen.has(item)) {
					context.report({ file: 'swagger', path: [...use.path, index], message: "The 'filterFunctions' property cannot contain duplicates.", data: { value: item, index } });
				}
				seen.add(item);
			});
		}
	},
});
