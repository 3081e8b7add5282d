import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { rootSchemas } from './_keywords';

/**
 * SVR SchemaTypeFileNotValid: `type: file` in a schema is only valid as a response's root schema (a formData parameter
 * of type file is a parameter, not a schema; a file parameter elsewhere is `file-parameter-must-be-in-form-data`'s).
 */
export default defineRule({
	id: 'schema-type-file-not-valid',
	msCode: 'SchemaTypeFileNotValid',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: "Only a response's root schema may be of type 'file'.",
	fixable: false,
	files: ['swagger'],
	check(context) {
		const swagger = context.swagger!;
		const roots = rootSchemas(swagger);
		const schemaList = swagger.schemas();
		for (let schemaIndex = 0; schemaIndex < schemaList.length; schemaIndex++) {
			const schema = schemaList[schemaIndex];
			const value = schema.value;
			if (schema.ref !== undefined || !value || value.type !== 'file' || roots.response.has(value)) {
				continue;
			}
			context.report({
				file: 'swagger',
				path: [...schema.path, 'type'],
				message: "The schema type 'file' is not valid. Only parameters in 'formData' and the root response schema may be of type 'file'.",
				data: { role: schema.role },
			});
		}
	},
});
