import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { mcpOperations } from '../../core/mcp';
import { operationLabel } from '../shared/operationLabel';

/**
 * Copilot Studio posts MCP messages to the endpoint's fixed URL and fills no path parameters, so a `{template}` in
 * the MCP endpoint's path or in basePath leaves it with a URL it cannot complete. The public shape is `/mcp`, or
 * basePath `/mcp` with the path `/`. (A host that varies per connection belongs in a policy, not in the path.)
 */
export default defineRule({
	id: 'mcp-endpoint-path',
	severity: 'warning',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['MCP'], basis: 'heuristic' },
	description: 'An MCP endpoint should have a fixed path, without {parameters}.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		const swagger = context.swagger!;
		const basePath = swagger.root.basePath;
		for (const operation of mcpOperations(swagger)) {
			if (operation.method !== 'post') {
				continue;
			}
			if (/[{}]/.test(operation.pathKey)) {
				context.report({
					file: 'swagger',
					path: ['paths', operation.pathKey],
					target: 'key',
					message: `The MCP endpoint '${operationLabel(operation)}' has parameters in its path '${operation.pathKey}': Copilot Studio fills none, so use a fixed path such as '/mcp'.`,
					data: { operationId: operation.operationId },
				});
			} else if (typeof basePath === 'string' && /[{}]/.test(basePath)) {
				context.report({
					file: 'swagger',
					path: ['basePath'],
					message: `The basePath '${basePath}' of the MCP endpoint '${operationLabel(operation)}' has parameters: Copilot Studio fills none, so use a fixed basePath (or a policy to route the request).`,
					data: { operationId: operation.operationId },
				});
			}
		}
	},
});
