import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { typedNodes } from '../shared/typedNodes';

/** SVR EnumMustContainAtLeastOneElement: an `enum` list, when present, has at least one value. */
export default defineRule({
	id: 'enum-must-contain-at-least-one-element',
	msCode: 'EnumMustContainAtLeastOneElement',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: "An 'enum' array must contain at least one value.",
	fixable: false,
	files: ['swagger'],
	check(context) {
		const typed = typedNodes(context.swagger!);
		for (let typedIndex = 0; typedIndex < typed.length; typedIndex++) {
			const node = typed[typedIndex];
			if (Array.isArray(node.value.enum) && node.value.enum.length === 0) {
				context.report({ file: 'swagger', path: [...node.path, 'enum'], message: "The 'enum' array requires at least one value." });
			}
		}
	},
});
