import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { isObject } from '../../core/refs';
import { isMcpConnector } from '../../core/mcp';

/**
 * Copilot Studio lists no authentication, API key and OAuth 2.0 for MCP servers; basic authentication is not among
 * them. Not an error: a connector with basic auth imports, but agents may not be able to sign in with it.
 */
export default defineRule({
	id: 'mcp-auth-supported',
	severity: 'warning',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['MCP'], basis: 'heuristic' },
	description: 'An MCP connector should authenticate with OAuth 2.0 or an API key (or none).',
	fixable: false,
	files: ['swagger'],
	check(context) {
		const swagger = context.swagger!;
		const definitions = swagger.root.securityDefinitions;
		if (!isMcpConnector(swagger) || !isObject(definitions)) {
			return;
		}
		for (const [name, definition] of Object.entries(definitions)) {
			if (!isObject(definition) || definition.type !== 'basic') {
				continue;
			}
			context.report({
				file: 'swagger',
				path: ['securityDefinitions', name, 'type'],
				message: `The security definition '${name}' uses basic authentication, which Copilot Studio does not list for MCP servers: use OAuth 2.0 or an API key.`,
				data: { name },
			});
		}
	},
});
