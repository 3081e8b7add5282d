import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { rootSchemas } from './_keywords';
import { typedNodes } from '../shared/typedNodes';

/**
 * SVR InvalidStringBinaryProperty: `type: string, format: binary` (raw bytes) can only be a whole request body: the
 * schema of a body parameter, or a formData parameter. A response's root schema is also accepted (a file download).
 */
export default defineRule({
	id: 'invalid-string-binary-property',
	msCode: 'InvalidStringBinaryProperty',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: {
		sources: ['SVR'],
		basis: 'validator-rejects',
		note: 'Only schemas a body or a response uses are checked: a swagger the validator accepted in 2021 has a string/binary definition that nothing references.',
	},
	description: "A string/binary schema may only be the whole body, a formData parameter or a whole response.",
	fixable: false,
	files: ['swagger'],
	check(context) {
		const swagger = context.swagger!;
		const roots = rootSchemas(swagger);
		const typed = typedNodes(swagger);
		for (let typedIndex = 0; typedIndex < typed.length; typedIndex++) {
			const node = typed[typedIndex];
			const value = node.value;
			if (value.type !== 'string' || value.format !== 'binary') {
				continue;
			}
			if (node.kind === 'parameter' && value.in === 'formData') {
				continue;
			}
			if (node.kind === 'schema' && (roots.body.has(value) || roots.response.has(value))) {
				continue;
			}
			// A definition no body or response uses is never sent or received: the validator accepted such files.
			if (node.kind === 'schema' && !swagger.inputSchemaObjects().has(value) && !swagger.responseSchemaObjects().has(value)) {
				continue;
			}
			context.report({
				file: 'swagger',
				path: [...node.path, 'format'],
				message: "A schema with type/format 'string/binary' can only be at the top level of a body or formData parameter.",
				data: { kind: node.kind },
			});
		}
	},
});
