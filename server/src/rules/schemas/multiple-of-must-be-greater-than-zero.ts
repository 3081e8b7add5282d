import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { typedNodes } from '../shared/typedNodes';

/** SVR MultipleOfMustBeGreaterThanZero: `multipleOf` is a positive number. */
export default defineRule({
	id: 'multiple-of-must-be-greater-than-zero',
	msCode: 'MultipleOfMustBeGreaterThanZero',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: "A 'multipleOf' value must be greater than zero.",
	fixable: false,
	files: ['swagger'],
	check(context) {
		const typed = typedNodes(context.swagger!);
		for (let typedIndex = 0; typedIndex < typed.length; typedIndex++) {
			const node = typed[typedIndex];
			const value = node.value.multipleOf;
			// A non-number is a type error (json-type-incorrect / swagger-schema), not this one.
			if (typeof value === 'number' && value <= 0) {
				context.report({ file: 'swagger', path: [...node.path, 'multipleOf'], message: "The 'multipleOf' value must be greater than zero.", data: { value } });
			}
		}
	},
});
