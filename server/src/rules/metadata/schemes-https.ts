import { httpToHttpsFix } from '../shared/httpToHttps';
import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { listStrings, rootAndOperationLists } from '../../core/metadata';

/** rules.md §3 (inferred; third-party tools cite POL 5000.3.1.6): connectors call their service over HTTPS. */
export default defineRule({
	id: 'schemes-https',
	severity: 'warning',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['POL'], basis: 'heuristic' },
	description: "The schemes should be 'https', not 'http'.",
	fixable: true,
	defersTo: ['mcp-https'],
	files: ['swagger'],
	check(context) {
		for (const item of listStrings(rootAndOperationLists(context.swagger!, 'schemes'))) {
			if (item.value.toLowerCase() !== 'http') {
				continue;
			}
			context.report({
				file: 'swagger',
				path: item.path,
				message: "The scheme 'http' should be 'https': the connector should reach its service over HTTPS only.",
				data: { scheme: item.value, suggestion: 'https' },
			});
		}
	},
	fix: httpToHttpsFix,
});
