import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { isObject } from '../../core/refs';
import type { JsonObject } from '../../core/swagger';
import { isSuccessStatus, isInternal } from '../../core/strings';
import { reportOncePerPath } from '../shared/reportOncePerPath';
import { isMcpTransportOperation } from '../../core/mcp';

/** Keys that only annotate a schema; a schema with nothing else says nothing about the response's shape. */
const ANNOTATIONS = new Set(['type', 'description', 'title', 'x-ms-summary', 'x-ms-visibility', 'example', 'properties', 'required']);

/** `{}`, `{"type": "object"}` or `{"type": "object", "properties": {}}`, with no dynamic schema extension. */
function isEmptySchema(schema: JsonObject): boolean {
	if (schema.type !== undefined && schema.type !== 'object') {
		return false;
	}
	if (isObject(schema.properties) && Object.keys(schema.properties).length > 0) {
		return false;
	}
	return Object.keys(schema).every((key) => ANNOTATIONS.has(key));
}

/** CS: "Empty response schemas aren't allowed except in special cases where the response schema is dynamic." */
export default defineRule({
	id: 'response-schema-not-empty',
	severity: 'warning',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['CS'], basis: 'should' },
	description: 'A successful response schema should describe the response, unless it is dynamic.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		const swagger = context.swagger!;
		// A shared empty definition is reported once, where it is written.
		const report = reportOncePerPath(context);
		// An internal operation's output is never shown as dynamic content (schema helpers return raw JSON); an MCP
		// endpoint's is JSON-RPC, dynamic by design (docs/mcp-connectors.md).
		const shown = swagger.operations().filter((operation) => !isInternal(operation.value) && !isMcpTransportOperation(swagger, operation));
		for (const operation of shown) {
			for (const response of swagger.responses(operation)) {
				const raw = response.value?.schema;
				if (!isSuccessStatus(response.status) || raw === undefined || response.value?.['x-ms-dynamic-schema'] !== undefined) {
					continue;
				}
				const schema = swagger.resolve([...response.definitionPath, 'schema'], raw);
				if (!schema.value || !isEmptySchema(schema.value)) {
					continue;
				}
				report({
					file: 'swagger',
					path: schema.definitionPath,
					target: 'key',
					message: `The response schema of operation '${operation.operationId ?? `${operation.method.toUpperCase()} ${operation.pathKey}`}' is empty; define its properties, or use 'x-ms-dynamic-schema' if the shape is dynamic.`,
					data: { operationId: operation.operationId, status: response.status },
				});
			}
		}
	},
});
