import { setValue } from '../../engine/edits';
import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { AGENTIC_PROTOCOL_KEY, MCP_SSE_PROTOCOL, MCP_STREAMABLE_PROTOCOL, SUPPORTED_AGENTIC_PROTOCOLS, mcpOperations } from '../../core/mcp';
import { operationLabel } from '../shared/operationLabel';

/**
 * Copilot Studio recognises an MCP endpoint by the exact value `mcp-streamable-1.0`: any other value (a typo, another
 * version, a non-string) leaves the connector an ordinary one, and agents find no MCP server behind it. The SSE value
 * is `mcp-sse-transport`'s finding.
 */
export default defineRule({
	id: 'mcp-protocol-known',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['MCP', 'MCPT'], basis: 'platform-rejects' },
	description: `The value of x-ms-agentic-protocol must be '${MCP_STREAMABLE_PROTOCOL}'.`,
	fixable: true,
	files: ['swagger'],
	check(context) {
		for (const operation of mcpOperations(context.swagger!)) {
			const value = operation.value[AGENTIC_PROTOCOL_KEY];
			if ((typeof value === 'string' && SUPPORTED_AGENTIC_PROTOCOLS.includes(value)) || value === MCP_SSE_PROTOCOL) {
				continue;
			}
			const shown = typeof value === 'string' ? `'${value}'` : JSON.stringify(value);
			context.report({
				file: 'swagger',
				path: [...operation.path, AGENTIC_PROTOCOL_KEY],
				message: `The x-ms-agentic-protocol value ${shown} of operation '${operationLabel(operation)}' is not a protocol Copilot Studio knows: use '${MCP_STREAMABLE_PROTOCOL}'.`,
				data: { operationId: operation.operationId, value },
			});
		}
	},
	// The only value Copilot Studio accepts: the edit is determined by the file.
	fix: ({ finding, doc }) => ({ title: `Set "${AGENTIC_PROTOCOL_KEY}": "${MCP_STREAMABLE_PROTOCOL}"`, edits: setValue(doc, finding.path, MCP_STREAMABLE_PROTOCOL) }),
});
