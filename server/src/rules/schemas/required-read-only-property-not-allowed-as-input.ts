import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { derefed, inputObjectSchemas } from './_keywords';

/**
 * SVR RequiredReadOnlyPropertyNotAllowedAsInput: in a schema that describes request input (reachable from a body
 * parameter), a required property cannot be `readOnly`: the user could never supply the value the request requires.
 */
export default defineRule({
	id: 'required-read-only-property-not-allowed-as-input',
	msCode: 'RequiredReadOnlyPropertyNotAllowedAsInput',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: 'A property of a request body schema cannot be both readOnly and required.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		const swagger = context.swagger!;
		for (const { path, value, properties } of inputObjectSchemas(swagger)) {
			const required = value.required;
			if (!Array.isArray(required)) {
				continue;
			}
			required.forEach((name, index) => {
				if (typeof name !== 'string' || !Object.prototype.hasOwnProperty.call(properties, name)) {
					return;
				}
				if (derefed(swagger, properties[name])?.readOnly !== true) {
					return;
				}
				context.report({
					file: 'swagger',
					path: [...path, 'required', index],
					message: "An input property cannot be 'readonly' and required.",
					data: { name },
				});
			});
		}
	},
});
