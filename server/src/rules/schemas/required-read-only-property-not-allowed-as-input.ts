import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { isObject } from '../../core/refs';
import { derefed, inputSchemas } from './_keywords';
import { typedNodes } from '../shared/typedNodes';

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
		const inputs = inputSchemas(swagger);
		for (const node of typedNodes(swagger)) {
			const { required, properties } = node.value;
			if (node.kind !== 'schema' || !inputs.has(node.value) || !Array.isArray(required) || !isObject(properties)) {
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
					path: [...node.path, 'required', index],
					message: "An input property cannot be 'readonly' and required.",
					data: { name },
				});
			});
		}
	},
});
