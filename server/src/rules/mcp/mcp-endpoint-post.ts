import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { AGENTIC_PROTOCOL_KEY, mcpCompanions, mcpOperations } from '../../core/mcp';
import { operationLabel } from '../shared/operationLabel';

/**
 * Streamable HTTP sends every JSON-RPC message as a `POST` to the endpoint, so Copilot Studio calls the MCP operation
 * with `POST`. A `GET` is allowed only as the companion of a `POST` on the same path (the optional event stream).
 */
export default defineRule({
	id: 'mcp-endpoint-post',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['MCPS', 'MCP'], basis: 'platform-rejects' },
	description: 'An MCP endpoint must be a POST operation.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		const swagger = context.swagger!;
		const companions = mcpCompanions(swagger);
		for (const operation of mcpOperations(swagger)) {
			if (operation.method === 'post' || companions.includes(operation)) {
				continue;
			}
			context.report({
				file: 'swagger',
				path: [...operation.path, AGENTIC_PROTOCOL_KEY],
				target: 'key',
				message: `The MCP endpoint '${operationLabel(operation)}' is a ${operation.method.toUpperCase()} operation: Copilot Studio sends MCP messages with POST, so declare x-ms-agentic-protocol on a POST operation.`,
				data: { operationId: operation.operationId, method: operation.method },
			});
		}
	},
});
