import { listStrings, rootAndOperationLists } from '../../core/metadata';
import { isMcpConnector } from '../../core/mcp';
import { httpToHttpsFix } from '../shared/httpToHttps';
import { FROM_VALIDATOR, defineRule } from '../../engine/types';

/**
 * Copilot Studio connects to MCP servers over HTTPS only: on an MCP connector an `http` scheme is not a recommendation
 * (`schemes-https`) but an endpoint agents cannot reach.
 */
export default defineRule({
	id: 'mcp-https',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['MCP'], basis: 'platform-rejects' },
	description: "An MCP connector's schemes must be 'https' only.",
	fixable: true,
	files: ['swagger'],
	check(context) {
		const swagger = context.swagger!;
		if (!isMcpConnector(swagger)) {
			return;
		}
		for (const item of listStrings(rootAndOperationLists(swagger, 'schemes'))) {
			if (item.value.toLowerCase() !== 'http') {
				continue;
			}
			context.report({
				file: 'swagger',
				path: item.path,
				message: "The scheme 'http' must be 'https' on an MCP connector: Copilot Studio reaches MCP servers over HTTPS only.",
				data: { scheme: item.value },
			});
		}
	},
	fix: httpToHttpsFix,
});
