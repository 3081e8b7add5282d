import { valueAtPath } from '../../core/refs';
import { removeValue, setValue } from '../../engine/edits';
import type { FixContext, FixProposal } from '../../engine/types';

/**
 * The fix for an `http` item of a `schemes` list (schemes-https, mcp-https): replace it by `https`, or remove it when
 * another item already is, or an earlier `http` will become, `https`, so the list never holds `https` twice.
 */
export function httpToHttpsFix({ finding, doc }: FixContext): FixProposal | undefined {
	const index = finding.path[finding.path.length - 1];
	const list = valueAtPath(doc.value, finding.path.slice(0, -1));
	if (typeof index !== 'number' || !Array.isArray(list)) {
		return undefined;
	}
	const scheme = (value: unknown): string => (typeof value === 'string' ? value.toLowerCase() : '');
	const duplicate = list.some((value, other) => other !== index && (scheme(value) === 'https' || (other < index && scheme(value) === 'http')));
	return duplicate
		? { title: "Remove 'http' (the list has 'https')", edits: removeValue(doc, finding.path) }
		: { title: "Replace 'http' by 'https'", edits: setValue(doc, finding.path, 'https') };
}
