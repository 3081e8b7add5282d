import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { AGENTIC_PROTOCOL_KEY, mcpOperations } from '../../core/mcp';
import { operationLabel } from '../shared/operationLabel';

/**
 * One MCP connector is one MCP server: Microsoft's template and the certified MCP connectors have a single MCP
 * endpoint. A second one is most often a copy left behind, and which server an agent reaches is then unclear.
 */
export default defineRule({
	id: 'mcp-single-endpoint',
	severity: 'warning',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['MCP'], basis: 'heuristic' },
	description: 'An MCP connector should have one MCP endpoint.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		const endpoints = mcpOperations(context.swagger!).filter((operation) => operation.method === 'post');
		const [first, ...others] = endpoints;
		for (const operation of others) {
			context.report({
				file: 'swagger',
				path: [...operation.path, AGENTIC_PROTOCOL_KEY],
				target: 'key',
				message: `Operation '${operationLabel(operation)}' is a second MCP endpoint beside '${operationLabel(first)}': one MCP connector should expose one MCP server.`,
				data: { operationId: operation.operationId, first: first.operationId },
				related: [{ file: 'swagger', path: [...first.path, AGENTIC_PROTOCOL_KEY], target: 'key', message: 'The first MCP endpoint.' }],
			});
		}
	},
});
