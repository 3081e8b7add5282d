import { mimeEssence, type JsonObject } from '../../core/swagger';
import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { reportOncePerPath } from '../shared/reportOncePerPath';
import { isStringBinary } from './_pathsParams';
import { operationLabel } from '../shared/operationLabel';

function isJson(mime: string): boolean {
	const essence = mimeEssence(mime);
	return essence === 'application/json' || essence === 'text/json' || essence.endsWith('+json');
}

/** Plain text formats that cannot carry an object or an array (`text/plain`, `text/csv`…; not JSON or XML). */
function isNonJsonText(mime: string): boolean {
	const essence = mimeEssence(mime);
	return essence.startsWith('text/') && !essence.includes('json') && !essence.includes('xml');
}

/** The request content type of a body schema, when it is one of the clear cases this rule judges. */
function contentKind(schema: JsonObject): 'string/binary' | 'file' | 'object' | 'array' | undefined {
	if (isStringBinary(schema)) {
		return 'string/binary';
	}
	if (schema.type === 'file') {
		return 'file';
	}
	if (schema.type === 'object' || schema.type === 'array') {
		return schema.type;
	}
	return undefined;
}

/**
 * Only the unambiguous mismatches between a body's schema and the operation's `consumes` (Microsoft's compatibility
 * matrix is unpublished): raw binary content declared as JSON only, and an object or array declared as non-JSON
 * text only.
 */
export default defineRule({
	id: 'mime-type-not-compatible-with-request-content-schema-type',
	msCode: 'MimeTypeNotCompatibleWithRequestContentSchemaType',
	severity: 'warning',
	profiles: FROM_VALIDATOR,
	evidence: {
		sources: ['SVR'],
		basis: 'validator-lets-through',
		note: "Microsoft has not published which MIME types fit which body types, and a swagger the validator accepted in 2021 sends a string/binary body under application/json.",
	},
	description: "The operation's consumes MIME types must be able to carry its body schema's type.",
	fixable: false,
	files: ['swagger'],
	check(context) {
		const swagger = context.swagger!;
		const report = reportOncePerPath(context);
		for (const operation of swagger.operations()) {
			const consumes = swagger.consumes(operation).filter((mime) => mime.trim() !== '');
			if (consumes.length === 0) {
				continue;
			}
			for (const parameter of operation.parameters) {
				if (parameter.in !== 'body' || parameter.value?.schema === undefined) {
					continue;
				}
				const schema = swagger.resolve([...parameter.definitionPath, 'schema'], parameter.value.schema);
				const kind = schema.value ? contentKind(schema.value) : undefined;
				const clash =
					((kind === 'string/binary' || kind === 'file') && consumes.every(isJson)) || ((kind === 'object' || kind === 'array') && consumes.every(isNonJsonText));
				if (!clash) {
					continue;
				}
				report({
					file: 'swagger',
					path: [...parameter.definitionPath, 'schema'],
					target: 'key',
					message: `The MIME type(s) are not compatible with the request content type '${kind}' for operation '${operationLabel(operation)}'.`,
					data: { operationId: operation.operationId, contentType: kind, consumes },
				});
			}
		}
	},
});
