import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { typedNodes } from '../shared/typedNodes';

/** SVR RequiredPropertyArrayEmpty: a schema's `required` list, when present, names at least one property. */
export default defineRule({
	id: 'required-property-array-empty',
	msCode: 'RequiredPropertyArrayEmpty',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: "A schema's 'required' array must not be empty.",
	fixable: false,
	files: ['swagger'],
	check(context) {
		const typed = typedNodes(context.swagger!);
		for (let typedIndex = 0; typedIndex < typed.length; typedIndex++) {
			const node = typed[typedIndex];
			// Parameters and headers use a boolean `required`; only schemas have the list.
			if (node.kind !== 'schema' || !Array.isArray(node.value.required) || node.value.required.length > 0) {
				continue;
			}
			context.report({
				file: 'swagger',
				path: [...node.path, 'required'],
				message: "The 'required' array requires at least one value. If no properties are required in the schema, remove the 'required' property.",
			});
		}
	},
});
