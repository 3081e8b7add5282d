import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { AGENTIC_PROTOCOL_KEY, MCP_SSE_PROTOCOL, MCP_STREAMABLE_PROTOCOL, mcpOperations } from '../../core/mcp';
import { operationLabel } from '../shared/operationLabel';

/**
 * Copilot Studio stopped connecting to MCP servers over the SSE transport in August 2025: a connector that still
 * declares `mcp-sse-1.0` gives agents no tools. No quick fix: the server must serve Streamable HTTP first.
 */
export default defineRule({
	id: 'mcp-sse-transport',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['MCP', 'MCPT', 'MCPS'], basis: 'platform-rejects' },
	description: 'An MCP endpoint must use the Streamable HTTP transport, not SSE.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		for (const operation of mcpOperations(context.swagger!)) {
			if (operation.value[AGENTIC_PROTOCOL_KEY] !== MCP_SSE_PROTOCOL) {
				continue;
			}
			context.report({
				file: 'swagger',
				path: [...operation.path, AGENTIC_PROTOCOL_KEY],
				message: `Operation '${operationLabel(operation)}' declares the SSE transport ('${MCP_SSE_PROTOCOL}'), which Copilot Studio no longer connects to: serve Streamable HTTP and declare '${MCP_STREAMABLE_PROTOCOL}'.`,
				data: { operationId: operation.operationId },
			});
		}
	},
});
