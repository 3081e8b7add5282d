import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { enumValuesItems } from './_keywords';
import { typedNodes } from '../shared/typedNodes';

/** SVR MissingEnumValuesDisplayName: every `x-ms-enum-values` item names its value for the designer. */
export default defineRule({
	id: 'missing-enum-values-display-name',
	msCode: 'MissingEnumValuesDisplayName',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR', 'MSS'], basis: 'validator-rejects' },
	description: "Every 'x-ms-enum-values' item must have a displayName.",
	fixable: false,
	files: ['swagger'],
	check(context) {
		const typed = typedNodes(context.swagger!);
		for (let typedIndex = 0; typedIndex < typed.length; typedIndex++) {
			const node = typed[typedIndex];
			for (const { index, item } of enumValuesItems(node)) {
				const name = item.displayName;
				// A non-string displayName is a type error (json-type-incorrect); an empty one names nothing.
				if (name !== undefined && !(typeof name === 'string' && name.trim() === '')) {
					continue;
				}
				context.report({
					file: 'swagger',
					path: [...node.path, 'x-ms-enum-values', index, 'displayName'],
					target: name === undefined ? 'missing' : 'value',
					message: "The 'x-ms-enum-values' extension is invalid. Please specify the property 'displayName'.",
					data: { index, value: item.value },
				});
			}
		}
	},
});
