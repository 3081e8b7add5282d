import { setValue } from '../../engine/edits';
import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { SCHEMA_STUB } from '../../core/wording';
import { isObject } from '../../core/refs';
import { isSuccessStatus } from '../../core/strings';
import { isMcpTransportOperation } from '../../core/mcp';

/** 202 Accepted and 204 No Content have no body by definition. */
const NO_BODY = new Set(['202', '204']);

/**
 * CS: "Provide valid response schema definitions for all operations in the swagger" (unless the schema is dynamic).
 * An operation whose success responses (other than 202/204) all lack a schema gives users no dynamic content. Delete
 * operations are skipped: they rarely return a body.
 */
export default defineRule({
	id: 'response-2xx-schema',
	severity: 'warning',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['CS', 'README'], basis: 'should' },
	description: 'An operation should define a schema for its successful response.',
	fixable: true,
	files: ['swagger'],
	check(context) {
		const swagger = context.swagger!;
		for (const operation of swagger.operations()) {
			// A webhook trigger's output comes from x-ms-notification-content; a delete usually has nothing to return; an MCP
			// endpoint answers JSON-RPC, dynamic by design (docs/mcp-connectors.md).
			if (operation.value['x-ms-notification-content'] !== undefined || operation.method === 'delete' || isMcpTransportOperation(swagger, operation)) {
				continue;
			}
			const successes = swagger.responses(operation).filter((r) => isSuccessStatus(r.status) && !NO_BODY.has(r.status));
			if (successes.length === 0 || successes.some((r) => !r.value || r.value.schema !== undefined || isObject(r.value['x-ms-dynamic-schema']))) {
				continue;
			}
			const response = successes[0];
			context.report({
				file: 'swagger',
				path: [...response.definitionPath, 'schema'],
				target: 'missing',
				message: `The operation '${operation.operationId ?? `${operation.method.toUpperCase()} ${operation.pathKey}`}' should define a response schema for its '${response.status}' response.`,
				data: { operationId: operation.operationId, status: response.status },
			});
		}
	},
	fix({ finding, doc }) {
		return { requiresAuthor: true, title: 'Add a schema stub to the response', edits: setValue(doc, finding.path, SCHEMA_STUB, { after: 'description' }) };
	},
});
