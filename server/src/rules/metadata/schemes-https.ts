import { valueAtPath } from '../../core/refs';
import { removeValue, setValue } from '../../engine/edits';
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
	fix({ finding, doc }) {
		const index = finding.path[finding.path.length - 1];
		const list = valueAtPath(doc.value, finding.path.slice(0, -1));
		if (typeof index !== 'number' || !Array.isArray(list)) {
			return undefined;
		}
		// The list keeps one 'https': drop this item when another one already is (or will become) 'https'.
		const scheme = (value: unknown): string => (typeof value === 'string' ? value.toLowerCase() : '');
		const duplicate = list.some((value, other) => other !== index && (scheme(value) === 'https' || (other < index && scheme(value) === 'http')));
		return duplicate
			? { title: "Remove 'http' (the list has 'https')", edits: removeValue(doc, finding.path) }
			: { title: "Replace 'http' by 'https'", edits: setValue(doc, finding.path, 'https') };
	},
});
