/**
 * Starting wording for quick fixes: derived from identifiers and names so the author has something sensible to
 * overwrite (the editor selects it after the fix). Never presented as final text.
 */

/** The words of an identifier: `ListInvoices`, `list_invoices`, `list-invoices`, `listInvoicesV2` → list, invoices… */
export function wordsOf(identifier: string): string[] {
	return identifier
		.replace(/([a-z0-9])([A-Z])/g, '$1 $2')
		.replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
		.split(/[^A-Za-z0-9]+/)
		.filter(Boolean);
}

const ACRONYMS = new Set(['id', 'url', 'uri', 'api', 'ip', 'html', 'json', 'xml', 'csv', 'pdf', 'sms', 'http', 'https', 'uuid', 'utc']);

function word(text: string, capital: boolean): string {
	const lower = text.toLowerCase();
	if (ACRONYMS.has(lower)) {
		return lower.toUpperCase();
	}
	return capital ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
}

/** Sentence case from an identifier: `ListInvoices` → "List invoices", `get_user_id` → "Get user ID". */
export function sentenceFromIdentifier(identifier: string): string {
	const words = wordsOf(identifier);
	return words.map((w, i) => word(w, i === 0)).join(' ');
}

/** Title case from a name: `invoice_id` → "Invoice ID", `$top` → "Top", `api-version` → "API Version". */
export function titleFromName(name: string): string {
	return wordsOf(name)
		.map((w) => word(w, true))
		.join(' ');
}

/** A summary for an operation without one: from its operationId, else its method and path. */
export function summaryForOperation(operationId: string | undefined, method: string, pathKey: string): string {
	if (operationId && wordsOf(operationId).length > 0) {
		return sentenceFromIdentifier(operationId);
	}
	const last = pathKey.split('/').filter((segment) => segment && !segment.startsWith('{')).pop() ?? 'item';
	const verb = { get: 'Get', post: 'Create', put: 'Update', patch: 'Update', delete: 'Delete', head: 'Check', options: 'Describe' }[method] ?? 'Call';
	return `${verb} ${wordsOf(last).map((w) => word(w, false)).join(' ')}`.trim();
}

/** A first description sentence from a summary: "List invoices" → "List invoices." */
export function sentenceFrom(summary: string): string {
	const trimmed = summary.trim();
	return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
