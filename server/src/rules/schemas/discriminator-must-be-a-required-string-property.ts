import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { isObject } from '../../core/refs';
import { derefSchema } from '../shared/schemaLimits';

/**
 * Swagger 2.0: "The discriminator is the schema property name that is used to differentiate between other schema that
 * inherit this schema. The property name used MUST be defined at this schema and it MUST be in the required property
 * list." The validator adds that it must be a string (SVR Metadata). The schema's own `properties`/`required` count,
 * and so do those of its `allOf` parts (a base schema is often composed that way).
 */
export default defineRule({
	id: 'discriminator-must-be-a-required-string-property',
	msCode: 'DiscriminatorMustBeARequiredStringProperty',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: "A 'discriminator' must name a required property of type string.",
	fixable: false,
	files: ['swagger'],
	check(context) {
		const swagger = context.swagger!;
		const root = swagger.document.value;
		const schemaList = swagger.schemas();
		for (let schemaIndex = 0; schemaIndex < schemaList.length; schemaIndex++) {
			const schema = schemaList[schemaIndex];
			const value = schema.value;
			if (schema.ref !== undefined || !value || typeof value.discriminator !== 'string') {
				continue;
			}
			const name = value.discriminator;
			const parts = [value, ...(Array.isArray(value.allOf) ? value.allOf.map((part) => derefSchema(root, part)) : [])];
			let required = false;
			let property: Record<string, unknown> | undefined;
			for (const part of parts) {
				if (!part) {
					continue;
				}
				if (Array.isArray(part.required) && part.required.includes(name)) {
					required = true;
				}
				if (!property && isObject(part.properties) && Object.prototype.hasOwnProperty.call(part.properties, name)) {
					property = derefSchema(root, part.properties[name]);
				}
			}
			if (!required || property?.type !== 'string') {
				context.report({
					file: 'swagger',
					path: [...schema.definitionPath, 'discriminator'],
					message: "The 'discriminator' value must be the name of a required string property.",
					data: { discriminator: name, defined: property !== undefined, required, type: property?.type },
				});
			}
		}
	},
});
