import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { filterFunctionsUses } from '../shared/schemaLimits';

/**
 * The filter operators Power Fx reads from `x-ms-capabilities.filterFunctions` (the `DelegationOperator` names in
 * microsoft/Power-Fx, `DelegationMetadataOperatorConstants`); Microsoft does not publish the validator's own list.
 */
const POWER_FX_FILTER_FUNCTIONS = [
	'eq', 'ne', 'lt', 'le', 'gt', 'ge', 'and', 'or', 'contains', 'indexof', 'substringof', 'not', 'year', 'month', 'day',
	'hour', 'minute', 'second', 'tolower', 'toupper', 'trim', 'null', 'date', 'length', 'sum', 'min', 'max', 'average',
	'count', 'add', 'sub', 'startswith', 'mul', 'div', 'endswith', 'countdistinct', 'cdsin', 'top', 'astype',
	'arraylookup', 'distinct', 'joininner', 'joinleft', 'joinright', 'joinfull',
];

/**
 * A `filterFunctions` entry that is not a known filter function (SVR Properties). The list is an option, defaulting to
 * the operators Power Fx understands; values are compared case-insensitively, as Power Fx parses them.
 */
export default defineRule({
	id: 'filter-functions-property-invalid-value',
	msCode: 'FilterFunctionsPropertyInvalidValue',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: "Every 'filterFunctions' value must be a supported filter function.",
	fixable: false,
	files: ['swagger'],
	options: {
		allowedValues: {
			type: 'string[]',
			default: POWER_FX_FILTER_FUNCTIONS,
			description: "The accepted 'filterFunctions' values (Microsoft does not publish its list; the default is the operators Power Fx reads).",
		},
	},
	check(context) {
		const allowed = context.option<readonly string[] | null>('allowedValues');
		if (!Array.isArray(allowed)) {
			return;
		}
		const known = new Set(allowed.map((value) => value.toLowerCase()));
		for (const use of filterFunctionsUses(context.swagger!)) {
			if (!Array.isArray(use.value)) {
				continue;
			}
			use.value.forEach((item, index) => {
				if (typeof item !== 'string' || !known.has(item.toLowerCase())) {
					context.report({
						file: 'swagger',
						path: [...use.path, index],
						message: `The 'filterFunctions' property supports only these values: ${allowed.join(', ')}".`,
						data: { value: item, allowed },
					});
				}
			});
		}
	},
});
