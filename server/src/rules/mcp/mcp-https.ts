import { valueAtPath } from '../../core/refs';
import { listStrings, rootAndOperationLists } from '../../core/metadata';
import { isMcpConnector } from '../../core/mcp';
import { removeValue, setValue } from '../../engine/edits';
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
	fix({ finding, doc }) {
		const list = valueAtPath(doc.value, finding.path.slice(0, -1));
		const index = finding.path[finding.path.length - 1];
		if (!Array.isArray(list) || typeof index !== 'number') {
			return undefined;
		}
		// The list keeps one 'https': drop this item when another one already is, or an earlier 'http' will become, 'https'.
		const scheme = (value: unknown): string => (typeof value === 'string' ? value.toLowerCase() : '');
		const https = list.some((value, other) => other !== index && (scheme(value) === 'https' || (other < index && scheme(value) === 'http')));
		return https ? { title: "Remove 'http' (the list has 'https')", edits: removeValue(doc, finding.path) } : { title: "Replace 'http' by 'https'", edits: setValue(doc, finding.path, 'https') };
	},
});
