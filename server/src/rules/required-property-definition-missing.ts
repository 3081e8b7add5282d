import { FROM_VALIDATOR, defineRule } from '../engine/types';
import { definedPropertyNames } from './_keywords';
import { typedNodes } from './_typedNodes';

/** SVR RequiredPropertyDefinitionMissing: every name in a schema's `required` list is one of its properties. */
export default defineRule({
	id: 'required-property-definition-missing',
	msCode: 'RequiredPropertyDefinitionMissing',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	description: "Every name in a schema's 'required' list must be defined in its 'properties'.",
	fixable: false,
	files: ['swagger'],
	check(context) {
		const swagger = context.swagger!;
		for (const node of typedNodes(swagger)) {
			const required = node.value.required;
			// Dynamic schemas get their properties at design time, so their static list cannot be judged.
			if (node.kind !== 'schema' || !Array.isArray(required) || node.value['x-ms-dynamic-schema'] !== undefined || node.value['x-ms-dynamic-properties'] !== undefined) {
				continue;
			}
			const names = definedPropertyNames(swagger, node.value);
			if (!names) {
				continue;
			}
			required.forEach((name, index) => {
				if (typeof name !== 'string' || names.has(name)) {
					return;
				}
				context.report({
					file: 'swagger',
					path: [...node.path, 'required', index],
					message: `The required property '${name}' is not defined in the object schema.`,
					data: { name },
				});
			});
		}
	},
});
