import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { canonicalJson } from '../../core/canonicalJson';
import { enumValuesItems } from './_keywords';
import { typedNodes } from '../shared/typedNodes';

/** SVR InvalidEnumValuesExtensionValue: each `x-ms-enum-values[].value` is one of the `enum` values beside it. */
export default defineRule({
	id: 'invalid-enum-values-extension-value',
	msCode: 'InvalidEnumValuesExtensionValue',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: "Each 'x-ms-enum-values' value must be one of the 'enum' values.",
	fixable: false,
	files: ['swagger'],
	check(context) {
		const typed = typedNodes(context.swagger!);
		for (let typedIndex = 0; typedIndex < typed.length; typedIndex++) {
			const node = typed[typedIndex];
			const values = node.value.enum;
			// Without an `enum` list there is nothing to match (and an empty one is another rule's finding).
			if (!Array.isArray(values) || values.length === 0) {
				continue;
			}
			const items = enumValuesItems(node);
			if (items.length === 0) {
				continue;
			}
			const allowed = new Set(values.map(canonicalJson));
			for (const { index, item } of items) {
				if (item.value === undefined || allowed.has(canonicalJson(item.value))) {
					continue;
				}
				context.report({
					file: 'swagger',
					path: [...node.path, 'x-ms-enum-values', index, 'value'],
					message: "The 'value' field must match one of the enums as defined in the 'enum' property of the schema.",
					data: { value: item.value, enum: values },
				});
			}
		}
	},
});
