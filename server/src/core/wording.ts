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

/** Common imperative verbs that start an operation summary ("List invoices"), for turning it into a description. */
const SUMMARY_VERBS = new Set(
	(
		'add analyse analyze append apply approve archive assign attach call cancel change check clear close compare complete compress convert copy ' +
		'count create decrypt delete detect disable download duplicate edit enable encrypt execute export extract fetch fill find flatten format ' +
		'generate get import insert invite invoke link list lock mark merge move notify open parse patch post publish put query read refresh ' +
		'register reject remove rename replace reply reset resize resolve restore retrieve return revoke rotate run save schedule search send set ' +
		'share sign split start stop submit subscribe sync tag translate trigger unlink unlock unsubscribe update upload upsert validate verify watch write'
	).split(' '),
);

/** Third person singular of a verb: list → lists, search → searches, copy → copies. */
function thirdPerson(verb: string): string {
	if (/(s|sh|ch|x|z|o)$/i.test(verb)) {
		return `${verb}es`;
	}
	if (/[^aeiou]y$/i.test(verb)) {
		return `${verb.slice(0, -1)}ies`;
	}
	return `${verb}s`;
}

/** Lower-cases the first word when it is an ordinary capitalised word (keeps "PDF", "iPhone"). */
function lowerFirstWord(text: string): string {
	return text.replace(/^(\p{Lu})(\p{Ll}*)(?=\P{L}|$)/u, (_match, first: string, rest: string) => first.toLowerCase() + rest);
}

/**
 * A first description for an operation from its summary. It must not repeat the summary (summary-description-differ
 * compares them without case and final punctuation), so the summary's verb becomes third person: "List invoices" →
 * "Lists invoices.", "When a file is created" → "Triggers when a file is created.". A summary that does not start with
 * a known verb becomes "Gets …" for a GET, else "Runs the '…' action.".
 */
export function descriptionFromSummary(summary: string, method: string): string {
	const text = summary.trim().replace(/[\s.!?:;,]+$/u, '');
	const match = /^(\p{L}+)(.*)$/su.exec(text);
	const first = match?.[1] ?? '';
	if (match && SUMMARY_VERBS.has(first.toLowerCase()) && match[2] !== '') {
		const verb = thirdPerson(first.toLowerCase());
		return `${verb.charAt(0).toUpperCase()}${verb.slice(1)}${match[2]}.`;
	}
	if (first.toLowerCase() === 'when' && match![2] !== '') {
		return `Triggers ${lowerFirstWord(text)}.`;
	}
	// "Gets send." would be nonsense: a summary that is a verb alone is named, not rephrased.
	return method === 'get' && !SUMMARY_VERBS.has(first.toLowerCase()) ? `Gets ${lowerFirstWord(text)}.` : `Runs the '${text}' action.`;
}

/**
 * A first description for a parameter, from its display name: "Invoice ID" → "The invoice ID.". Ordinary capitalised
 * words go to lower case so it reads as a phrase, acronyms stay.
 */
export function parameterDescription(displayName: string): string {
	const phrase = displayName
		.trim()
		.replace(/[\s.!?:;,]+$/u, '')
		.split(/\s+/)
		.map((w) => (/^\p{Lu}\p{Ll}+$/u.test(w) ? w.toLowerCase() : w))
		.join(' ');
	return phrase === '' ? 'The value.' : `The ${phrase}.`;
}

/** Drops trailing characters that are not letters or digits (nor one of `keep`): "Invoices API." → "Invoices API". */
export function withoutTrailingPunctuation(text: string, keep = ''): string {
	const chars = [...text];
	while (chars.length > 0 && !/^[\p{L}\p{N}]$/u.test(chars[chars.length - 1]) && !keep.includes(chars[chars.length - 1])) {
		chars.pop();
	}
	// A bracket whose closing one went with the tail goes too: "Contoso (beta)." → "Contoso beta", not "Contoso (beta".
	const stripped = chars.join('');
	const open = stripped.lastIndexOf('(');
	return open >= 0 && !stripped.slice(open).includes(')') ? `${stripped.slice(0, open)}${stripped.slice(open + 1)}`.replace(/\s{2,}/g, ' ').trim() : stripped;
}

/** Words that only made sense next to a removed name: "Contoso for Power Automate" must not become "Contoso for". */
const JOINING_WORDS = 'in|with|for|from|on|via|to|into|using|within|inside|and|or|&';

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The text with the given words removed (whole words, any case, "Power Apps" also as "PowerApps"), together with a
 * preposition or conjunction and "the"/"Microsoft" right before them when they end a phrase, then tidied: single
 * spaces, no space before punctuation, no empty brackets, no separators or joining words left dangling at either end.
 * "Contoso Connector for Power Automate" without Connector and Power Automate → "Contoso".
 */
export function withoutWords(text: string, words: readonly string[]): string {
	let result = text;
	for (const word of words) {
		const body = word.trim().split(/\s+/).map(escapeRegExp).join('\\s*');
		if (body === '') {
			continue;
		}
		// "in Power Automate." goes with its preposition; in "to the Dataverse table" the name only qualifies a noun,
		// so only the name goes ("to the table").
		const phrase = new RegExp(`(?<![\\p{L}\\p{N}])(?:${JOINING_WORDS})\\s+(?:(?:the|Microsoft)\\s+)?${body}(?:['’]s)?(?=\\s*(?:[.,;:!?)\\]]|$)|\\s+(?:${JOINING_WORDS}|then|so|by|as)(?![\\p{L}\\p{N}]))`, 'giu');
		const name = new RegExp(`(?:(?<![\\p{L}\\p{N}])Microsoft\\s+)?(?<![\\p{L}\\p{N}])${body}(?:['’]s)?(?![\\p{L}\\p{N}])`, 'giu');
		result = result.replace(phrase, ' ').replace(name, ' ');
	}
	const dangling = new RegExp(`^(?:[\\s,;:|/–—-]+|(?:${JOINING_WORDS})(?![\\p{L}\\p{N}]))+|(?:[\\s,;:|/–—-]+|(?<![\\p{L}\\p{N}])(?:${JOINING_WORDS}|the|a|an))+$`, 'giu');
	let previous: string;
	do {
		previous = result;
		result = result
			.replace(/\(\s*\)|\[\s*\]/g, ' ')
			.replace(/[ \t]{2,}/g, ' ')
			.replace(/[ \t]+([.,;:!?)\]])/g, '$1')
			.replace(/([([])[ \t]+/g, '$1')
			.replace(/([,;:])(?=[,;:.!?])/g, '')
			.replace(dangling, '')
			.trim();
	} while (result !== previous);
	// A sentence that now starts in lower case ("in Power Apps, send…" lost its start) gets its capital back.
	return /^\p{Ll}/u.test(result) && /^\p{Lu}/u.test(text.trim()) ? result.charAt(0).toUpperCase() + result.slice(1) : result;
}

/** The first of `keys` the object has, to insert a new property after it (undefined: at the end). */
export function firstPresent(object: unknown, keys: readonly string[]): string | undefined {
	return object !== null && typeof object === 'object' && !Array.isArray(object) ? keys.find((key) => key in (object as object)) : undefined;
}

/** A response schema to fill in: an object whose properties the author lists. */
export const SCHEMA_STUB: Readonly<Record<string, unknown>> = { type: 'object', properties: {} };

/**
 * A response for an operation that has no successful one: a description and a schema stub to fill in, except for a
 * delete, which usually returns nothing (response-2xx-schema does not ask deletes for a schema either).
 */
export function successResponseStub(method: string): Record<string, unknown> {
	return method === 'delete' ? { description: 'OK' } : { description: 'OK', schema: SCHEMA_STUB };
}

/** Host labels that say nothing about the service: `api.contoso.com` is Contoso, `contoso.azurewebsites.net` too. */
const GENERIC_HOST_LABELS = new Set(['api', 'apis', 'www', 'app', 'apps', 'rest', 'gateway', 'services', 'service', 'prod', 'v1', 'v2', 'co', 'com', 'net', 'org', 'azurewebsites', 'azure-api', 'cloudapp', 'herokuapp', 'amazonaws']);

/** A connector title from the host name (`api.contoso.com` → "Contoso"), or undefined when it gives nothing usable. */
export function titleFromHost(host: unknown): string | undefined {
	if (typeof host !== 'string' || /^[\d.:]+$/.test(host) || host.includes('{')) {
		return undefined;
	}
	const labels = host.toLowerCase().replace(/:\d+$/, '').split('.').filter(Boolean);
	// The last label is the top-level domain.
	const meaningful = labels.slice(0, -1).filter((label) => !GENERIC_HOST_LABELS.has(label));
	const label = meaningful[meaningful.length - 1];
	return label ? titleFromName(label) : undefined;
}

/**
 * A summary without the characters the validator rejects (`/ \ < > * % & ?`): between two words `&` becomes "and"
 * and a slash "or" ("Create/update" → "Create or update"); anything else is dropped and spaces are tidied.
 */
export function withoutSummaryCharacters(summary: string): string {
	return summary
		.replace(/(?<=[\p{L}\p{N}])\s*&\s*(?=[\p{L}\p{N}])/gu, ' and ')
		.replace(/(?<=[\p{L}\p{N}])\s*[/\\]\s*(?=[\p{L}\p{N}])/gu, ' or ')
		.replace(/[/\\<>*%&?]/g, ' ')
		.replace(/\s{2,}/g, ' ')
		.replace(/\s+([.,;:!)])/g, '$1')
		.replace(/\(\s+/g, '(')
		.trim();
}

/** The text with `(deprecated)` appended, before a final sentence mark so a description stays a sentence. */
export function withDeprecatedMark(text: string): string {
	const trimmed = text.trimEnd();
	const end = /[.!?。]+$/u.exec(trimmed)?.[0] ?? '';
	return `${trimmed.slice(0, trimmed.length - end.length).trimEnd()} (deprecated)${end}`;
}

/** A description made to end as a sentence: a trailing `:`/`;`/`,` becomes a period, otherwise one is appended. */
export function asSentence(text: string): string {
	const trimmed = text.trimEnd().replace(/[\s,;:]+$/u, '');
	return `${trimmed}.`;
}
