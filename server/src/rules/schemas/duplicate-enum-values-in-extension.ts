import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { canonicalJson } from '../../core/canonicalJson';
import { enumValuesItems } from './_keywords';
import { typedNodes } from '../shared/typedNodes';

/** SVR DuplicateEnumValuesInExtension: two `x-ms-enum-values` items must not map the same `value`. */
export default defineRule({
	id: 'duplicate-enum-values-in-extension',
	msCode: 'DuplicateEnumValuesInExtension',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: "Two 'x-ms-enum-values' items must not have the same value.",
	fixable: false,
	files: ['swagger'],
	check(context) {
		for (const node of typedNodes(context.swagger!)) {
			let seen: Set<string> | undefined; // made only for the few nodes with x-ms-enum-values
			for (const { index, item } of enumValuesItems(node)) {
				if (item.value === undefined) {
					continue;
				}
				const key = canonicalJson(item.value);
				seen ??= new Set();
				if (!seen.has(key)) {
					seen.add(key);
					continue;
				}
				context.report({
					file: 'swagger',
					path: [...node.path, 'x-ms-enum-values', index, 'value'],
					message: "The 'x-ms-enum-values' extension has duplicate values. You can only have one display name mapped to a value.",
					data: { index, value: item.value },
				});
			}
		}
	},
});
