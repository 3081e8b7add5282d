import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { duplicateIndexes, enumValuesItems } from './_keywords';
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
		const typed = typedNodes(context.swagger!);
		for (let typedIndex = 0; typedIndex < typed.length; typedIndex++) {
			const node = typed[typedIndex];
			// Most nodes have no list: four empty arrays each for them were most of what this rule allocated.
			if (!Array.isArray(node.value['x-ms-enum-values'])) {
				continue;
			}
			const items = enumValuesItems(node).filter(({ item }) => item.value !== undefined);
			for (const repeat of duplicateIndexes(items.map(({ item }) => item.value))) {
				const { index, item } = items[repeat];
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
