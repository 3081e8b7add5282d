import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { isInternal } from '../../core/strings';

/**
 * SVR PropertyMustBeRequired: an internal parameter with a default must be required, or the platform leaves it out of
 * the request ("Optional internal fields are ignored"). The same condition on a body schema property is reported by
 * `internal-property-with-default-optional` (a warning), so no input is reported twice (rules.md §12 item 5).
 */
export default defineRule({
	id: 'property-must-be-required',
	msCode: 'PropertyMustBeRequired',
	severity: 'warning',
	profiles: FROM_VALIDATOR,
	evidence: {
		sources: ['SVR'],
		basis: 'validator-lets-through',
		note: "Microsoft's validator has two codes for the same condition, one saying should (InternalPropertyWithDefaultOptional); a swagger it accepted in 2022 has an optional internal parameter with a default, so it does not block.",
	},
	description: 'An internal parameter with a default value must be required.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		for (const parameter of context.swagger!.uniqueParameters()) {
			const value = parameter.value;
			if (!value || value.in === 'body' || !isInternal(value) || value.default === undefined || value.required === true) {
				continue;
			}
			context.report({
				file: 'swagger',
				path: [...parameter.definitionPath, 'required'],
				target: value.required === undefined ? 'missing' : 'value',
				message: 'The property is internal and has a default value, it must be required. Optional internal fields are ignored.',
				data: { name: parameter.name, in: parameter.in },
			});
		}
	},
});
