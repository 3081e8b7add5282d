import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { isObject } from '../../core/refs';
import { typedNodes } from '../shared/typedNodes';

/** SVR ArrayHasNoItems: an array schema, parameter or header must say what its items are. */
export default defineRule({
	id: 'array-has-no-items',
	msCode: 'ArrayHasNoItems',
	severity: 'warning',
	profiles: FROM_VALIDATOR,
	evidence: {
		sources: ['SVR'],
		basis: 'validator-lets-through',
		note: "Microsoft's message says the array should have items, and a swagger the validator accepted in 2022 has a query array without items.",
	},
	description: "A schema, parameter or header of type 'array' must define 'items'.",
	fixable: false,
	files: ['swagger'],
	check(context) {
		const typed = typedNodes(context.swagger!);
		for (let typedIndex = 0; typedIndex < typed.length; typedIndex++) {
			const node = typed[typedIndex];
			if (node.value.type !== 'array' || isObject(node.value.items)) {
				continue;
			}
			context.report({
				file: 'swagger',
				path: [...node.path, 'items'],
				target: node.value.items === undefined ? 'missing' : 'value',
				message: 'The array should have items specified.',
				data: { kind: node.kind },
			});
		}
	},
});
