import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { definedPropertyNames } from './_keywords';
import { typedNodes } from '../shared/typedNodes';

/** SVR RequiredPropertyDefinitionMissing: every name in a schema's `required` list is one of its properties. */
export default defineRule({
	id: 'required-property-definition-missing',
	msCode: 'RequiredPropertyDefinitionMissing',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: {
		sources: ['SVR'],
		basis: 'validator-rejects',
		note: 'Only object schemas are judged: a required list on an array or a primitive is required-property-not-on-object\'s warning, which the validator let through.',
	},
	description: "Every name in a schema's 'required' list must be defined in its 'properties'.",
	fixable: false,
	files: ['swagger'],
	check(context) {
		const swagger = context.swagger!;
		const typed = typedNodes(swagger);
		for (let typedIndex = 0; typedIndex < typed.length; typedIndex++) {
			const node = typed[typedIndex];
			const required = node.value.required;
			// Dynamic schemas get their properties at design time, so their static list cannot be judged.
			if (node.kind !== 'schema' || !Array.isArray(required) || node.value['x-ms-dynamic-schema'] !== undefined || node.value['x-ms-dynamic-properties'] !== undefined) {
				continue;
			}
			// A 'required' on an array or a string is required-property-not-on-object's finding: there is no object to
			// define the name in (an accepted swagger of 2023 has `required: ["items"]` on an array).
			if (typeof node.value.type === 'string' && node.value.type !== 'object') {
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
