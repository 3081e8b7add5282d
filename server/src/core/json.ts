/**
 * A tolerant JSON parse that never throws: a strict pass of our own builds the positioned tree of valid JSON (and of
 * JSON whose only departures are comments, trailing commas and control characters in strings), and otherwise one
 * jsonc-parser `visit` pass builds it with the list of syntax problems (with stable codes), duplicate keys included;
 * the plain value the rules read comes with either.
 */
import { visit, ParseErrorCode, type NodeType } from 'jsonc-parser';
import { escapeControlCharacters, JsonIndex, memberCount, stringEnd } from './jsonIndex';
import { LineIndex, type Range } from './lines';

export type JsonPath = readonly (string | number)[];

/**
 * A node shaped like jsonc-parser's (objects hold `property` nodes whose children are `[key, value]`), so its tree
 * utilities apply; mutable only while the parse builds it.
 */
export interface JsonNode {
	type: NodeType;
	value?: unknown;
	offset: number;
	length: number;
	colonOffset?: number;
	parent?: JsonNode;
	children?: JsonNode[];
}

/**
 * Stable codes for syntax problems. `fatal` problems mean the tree is unreliable (the rules do not run on it);
 * the others are things Microsoft's .NET tooling tolerates but strict JSON parsers (paconn's Python, `JSON.parse`)
 * reject.
 */
export type SyntaxCode =
	| 'invalid-symbol'
	| 'invalid-number'
	| 'property-name-expected'
	| 'value-expected'
	| 'colon-expected'
	| 'comma-expected'
	| 'close-brace-expected'
	| 'close-bracket-expected'
	| 'end-of-file-expected'
	| 'invalid-comment'
	| 'unexpected-end-of-comment'
	| 'unexpected-end-of-string'
	| 'unexpected-end-of-number'
	| 'invalid-unicode'
	| 'invalid-escape-character'
	| 'control-character-in-string'
	| 'trailing-comma'
	| 'comment'
	| 'empty-document'
	| 'too-deep';

export interface SyntaxProblem {
	readonly code: SyntaxCode;
	readonly message: string;
	readonly offset: number;
	readonly length: number;
	readonly fatal: boolean;
}

export interface DuplicateKey {
	/** Path of the object holding the key twice. */
	readonly objectPath: JsonPath;
	readonly key: string;
	/** The key node that is ignored (an earlier occurrence: the last one wins, as in JavaScript and Json.NET). */
	readonly ignored: JsonNode;
	/** The key node whose value is used. */
	readonly used: JsonNode;
}

export interface JsonDocument {
	readonly text: string;
	readonly root: JsonNode | undefined;
	/** The plain value (plain objects and arrays; for duplicate keys the last value wins). */
	readonly value: unknown;
	readonly syntax: readonly SyntaxProblem[];
	readonly duplicateKeys: readonly DuplicateKey[];
	/** True when a fatal syntax problem makes the tree unreliable. */
	readonly fatal: boolean;
	readonly lines: LineIndex;
}

/** Deeper than any real connector (the largest nest about 40 levels) and well below what the recursive parser survives. */
export const MAX_DEPTH = 1000;

const SYNTAX_CODES: Partial<Record<ParseErrorCode, SyntaxCode>> = {
	[ParseErrorCode.InvalidSymbol]: 'invalid-symbol',
	[ParseErrorCode.InvalidNumberFormat]: 'invalid-number',
	[ParseErrorCode.PropertyNameExpected]: 'property-name-expected',
	[ParseErrorCode.ValueExpected]: 'value-expected',
	[ParseErrorCode.ColonExpected]: 'colon-expected',
	[ParseErrorCode.CommaExpected]: 'comma-expected',
	[ParseErrorCode.CloseBraceExpected]: 'close-brace-expected',
	[ParseErrorCode.CloseBracketExpected]: 'close-bracket-expected',
	[ParseErrorCode.EndOfFileExpected]: 'end-of-file-expected',
	[ParseErrorCode.InvalidCommentToken]: 'invalid-comment',
	[ParseErrorCode.UnexpectedEndOfComment]: 'unexpected-end-of-comment',
	[ParseErrorCode.UnexpectedEndOfString]: 'unexpected-end-of-string',
	[ParseErrorCode.UnexpectedEndOfNumber]: 'unexpected-end-of-number',
	[ParseErrorCode.InvalidUnicode]: 'invalid-unicode',
	[ParseErrorCode.InvalidEscapeCharacter]: 'invalid-escape-character',
	[ParseErrorCode.InvalidCharacter]: 'control-character-in-string',
};

const SYNTAX_MESSAGES: Record<SyntaxCode, string> = {
	'invalid-symbol': 'Invalid symbol: this is not valid JSON.',
	'invalid-number': 'Invalid number format.',
	'property-name-expected': 'A property name in double quotes is expected.',
	'value-expected': 'A value is expected.',
	'colon-expected': 'A colon is expected.',
	'comma-expected': 'A comma is expected.',
	'close-brace-expected': 'A closing brace "}" is expected.',
	'close-bracket-expected': 'A closing bracket "]" is expected.',
	'end-of-file-expected': 'The end of the file is expected: there is content after the root value.',
	'invalid-comment': 'Invalid comment.',
	'unexpected-end-of-comment': 'The comment is not closed.',
	'unexpected-end-of-string': 'The string is not closed.',
	'unexpected-end-of-number': 'The number is not complete.',
	'invalid-unicode': 'Invalid unicode escape sequence.',
	'invalid-escape-character': 'Invalid escape character in string.',
	'control-character-in-string': 'A control character must be escaped in a JSON string, for example "\\n" or "\\t".',
	'trailing-comma': 'Trailing comma: strict JSON does not allow a comma before "}" or "]".',
	comment: 'Comments are not allowed in strict JSON.',
	'empty-document': 'The file is empty: a JSON object is expected.',
	'too-deep': `The document nests objects or arrays more than ${MAX_DEPTH} levels deep and is not checked further.`,
};

const NON_FATAL: ReadonlySet<SyntaxCode> = new Set(['control-character-in-string', 'trailing-comma', 'comment']);

export function syntaxMessage(code: SyntaxCode): string {
	return SYNTAX_MESSAGES[code];
}

interface Frame {
	node: JsonNode;
	/** For objects with many properties: their keys, to spot duplicates without rescanning. */
	keys?: Set<string>;
	/** For objects: the property node being filled. */
	property?: JsonNode;
	/** Offset of the last separator (comma) seen directly in this container, -1 after any value. */
	lastComma: number;
}

function setProperty(target: Record<string, unknown>, key: string, value: unknown): void {
	if (key === '__proto__') {
		// A plain assignment would replace the prototype; keep it an ordinary data property.
		Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
	} else {
		target[key] = value;
	}
}

/**
 * The path of the innermost open container of a pass's stack of open containers (the root first). An open container
 * is attached to its holder only when it closes: in an array it is the next item, in an object the property being
 * filled.
 */
function innermostOpenPath(stack: readonly { readonly node: JsonNode; readonly property?: JsonNode }[]): (string | number)[] {
	const path: (string | number)[] = [];
	for (let i = 1; i < stack.length; i++) {
		const holder = stack[i - 1];
		path.push(holder.node.type === 'array' ? holder.node.children!.length : (holder.property!.children![0].value as string));
	}
	return path;
}

/** Thrown by the strict pass at anything beyond plain strict JSON; the tolerant pass then parses the text. */
const NOT_STRICT = new Error('not strict JSON');

/** Thrown out of jsonc-parser's visit by the tolerant pass at the first bracket beyond MAX_DEPTH. */
const TOO_DEEP = new Error('nested beyond MAX_DEPTH');

/**
 * The tree of strict JSON, in one hand-written pass: the common case (a valid connector file) at about half the cost
 * of jsonc-parser's generic scanner and visitor. The nodes are exactly those the tolerant pass builds (offsets,
 * lengths, colon offsets, parent links), and a repeated key is recorded as that pass records it (a file with one would
 * otherwise be parsed twice, once here up to the repeat and then by the tolerant pass). Anything else — a comment, a trailing comma,
 * whitespace JSON does not allow, an error, nesting beyond MAX_DEPTH — throws NOT_STRICT, and the tolerant pass takes
 * over.
 */
function parseStrict(text: string): { root: JsonNode; duplicateKeys: DuplicateKey[] } {
	const end = text.length;
	let at = 0;
	const skipSpace = () => {
		while (at < end) {
			const c = text.charCodeAt(at);
			if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) {
				at++;
			} else {
				return;
			}
		}
	};
	/** A string token at `at` (its opening quote): its value; `at` ends after the closing quote. */
	const readString = (): string => {
		const start = at;
		let escaped = false;
		at++;
		for (;;) {
			if (at >= end) {
				throw NOT_STRICT;
			}
			const c = text.charCodeAt(at);
			if (c === 0x22) {
				break;
			}
			if (c < 0x20) {
				throw NOT_STRICT;
			}
			if (c === 0x5c) {
				escaped = true;
				at += 2;
				continue;
			}
			at++;
		}
		at++;
		if (!escaped) {
			return text.slice(start + 1, at - 1);
		}
		try {
			// Escapes (rare in connector files) decoded by the engine; an invalid one is the tolerant pass's to report.
			return JSON.parse(text.slice(start, at)) as string;
		} catch {
			throw NOT_STRICT;
		}
	};
	const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
	/** A number token at `at`, by JSON's grammar. */
	const readNumber = (): number => {
		const start = at;
		if (text.charCodeAt(at) === 0x2d) {
			at++;
		}
		if (text.charCodeAt(at) === 0x30) {
			at++;
		} else if (isDigit(text.charCodeAt(at))) {
			while (isDigit(text.charCodeAt(at))) {
				at++;
			}
		} else {
			throw NOT_STRICT;
		}
		if (text.charCodeAt(at) === 0x2e) {
			at++;
			if (!isDigit(text.charCodeAt(at))) {
				throw NOT_STRICT;
			}
			while (isDigit(text.charCodeAt(at))) {
				at++;
			}
		}
		const e = text.charCodeAt(at);
		if (e === 0x65 || e === 0x45) {
			at++;
			const sign = text.charCodeAt(at);
			if (sign === 0x2b || sign === 0x2d) {
				at++;
			}
			if (!isDigit(text.charCodeAt(at))) {
				throw NOT_STRICT;
			}
			while (isDigit(text.charCodeAt(at))) {
				at++;
			}
		}
		return Number(text.slice(start, at));
	};
	const literal = (word: string, value: unknown, type: 'boolean' | 'null'): JsonNode => {
		if (!text.startsWith(word, at)) {
			throw NOT_STRICT;
		}
		const node: JsonNode = { type, value, offset: at, length: word.length };
		at += word.length;
		return node;
	};
	/** A scalar at `at`, or undefined at `{` / `[`. */
	const scalar = (): JsonNode | undefined => {
		const c = text.charCodeAt(at);
		const offset = at;
		if (c === 0x22) {
			const value = readString();
			return { type: 'string', value, offset, length: at - offset };
		}
		if (c === 0x2d || isDigit(c)) {
			const value = readNumber();
			return { type: 'number', value, offset, length: at - offset };
		}
		if (c === 0x74) {
			return literal('true', true, 'boolean');
		}
		if (c === 0x66) {
			return literal('false', false, 'boolean');
		}
		if (c === 0x6e) {
			return literal('null', null, 'null');
		}
		if (c === 0x7b || c === 0x5b) {
			return undefined;
		}
		throw NOT_STRICT;
	};

	// Open containers; for an object, the property being filled and its keys (to catch a duplicate).
	const stack: { node: JsonNode; property?: JsonNode; keys?: Set<string> }[] = [];
	let root: JsonNode | undefined;
	const duplicateKeys: DuplicateKey[] = [];
	skipSpace();
	for (;;) {
		// Here a value is expected (the root, an array item, or a property's value).
		const frame = stack[stack.length - 1];
		const parent = frame ? (frame.node.type === 'array' ? frame.node : frame.property) : undefined;
		let node = scalar();
		if (!node) {
			if (stack.length >= MAX_DEPTH) {
				throw NOT_STRICT;
			}
			const container: JsonNode = { type: text.charCodeAt(at) === 0x7b ? 'object' : 'array', offset: at, length: -1, children: [], parent };
			at++;
			skipSpace();
			const close = container.type === 'object' ? 0x7d : 0x5d;
			if (text.charCodeAt(at) !== close) {
				stack.push({ node: container });
				if (container.type === 'object') {
					readKey(stack[stack.length - 1]);
				}
				continue;
			}
			at++;
			container.length = at - container.offset;
			node = container;
		}
		// A finished value: attach it, then close every container that ends here.
		for (;;) {
			const top = stack[stack.length - 1];
			if (!top) {
				root = node;
				skipSpace();
				if (at !== end) {
					throw NOT_STRICT;
				}
				return { root, duplicateKeys };
			}
			node.parent ??= top.node.type === 'array' ? top.node : top.property;
			if (top.node.type === 'array') {
				top.node.children!.push(node);
			} else {
				const property = top.property!;
				property.children!.push(node);
				property.length = node.offset + node.length - property.offset;
			}
			skipSpace();
			const c = text.charCodeAt(at);
			if (c === 0x2c) {
				at++;
				skipSpace();
				if (top.node.type === 'object') {
					readKey(top);
				}
				break;
			}
			if (c !== (top.node.type === 'object' ? 0x7d : 0x5d)) {
				throw NOT_STRICT;
			}
			at++;
			top.node.length = at - top.node.offset;
			stack.pop();
			node = top.node;
		}
		skipSpace();
	}

	/** A property's key and colon, at `at`; leaves `at` at its value. */
	function readKey(frame: { node: JsonNode; property?: JsonNode; keys?: Set<string> }): void {
		if (text.charCodeAt(at) !== 0x22) {
			throw NOT_STRICT;
		}
		const offset = at;
		const name = readString();
		const property: JsonNode = { type: 'property', offset, length: at - offset, parent: frame.node, children: [], colonOffset: -1 };
		const key: JsonNode = { type: 'string', value: name, offset, length: at - offset, parent: property };
		property.children!.push(key);
		frame.node.children!.push(property);
		frame.property = property;
		// A repeated key is recorded as the tolerant pass records it: the latest earlier occurrence is the one ignored.
		const ignored = earlierKey(frame, name);
		if (ignored) {
			duplicateKeys.push({ objectPath: innermostOpenPath(stack), key: name, ignored, used: key });
		}
		skipSpace();
		if (text.charCodeAt(at) !== 0x3a) {
			throw NOT_STRICT;
		}
		property.colonOffset = at;
		at++;
		skipSpace();
	}
}

export function parseJson(text: string): JsonDocument {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		// Not strict JSON (the strict pass would refuse it too): the tolerant pass says why, unless all it would say is
		// what parseTolerated finds faster.
		return parseTolerated(text) ?? parseTolerant(text);
	}
	const index = JsonIndex.of(text);
	const lines = new LineIndex(text, index.lineStarts);
	const indexed = parseIndexed(text, value, index, lines);
	if (indexed) {
		return indexed;
	}
	try {
		const { root, duplicateKeys } = parseStrict(text);
		return { text, root, value, syntax: [], duplicateKeys, fatal: false, lines };
	} catch (error) {
		if (error !== NOT_STRICT && !(error instanceof RangeError)) {
			throw error;
		}
	}
	return parseTolerant(text, lines);
}

/**
 * Strict JSON without a repeated key, nested within MAX_DEPTH (nearly every connector file): the value from the
 * engine's `JSON.parse`, the positions from a `JsonIndex`, and the tree only when something asks for it. A check needs
 * nothing but the value and the ranges of its findings; building a tree of objects for a megabyte of JSON cost more
 * than the rest of the parse, and the garbage collector as much again copying it. Undefined for anything else, which
 * the strict and tolerant passes parse as before.
 */
function parseIndexed(text: string, value: unknown, index: JsonIndex, lines: LineIndex, syntax: readonly SyntaxProblem[] = []): JsonDocument | undefined {
	// The depth is the strict pass's to judge near the limit; fewer members than keys in the text is a repeated key.
	if (index.depth >= MAX_DEPTH - 1 || index.keyCount !== memberCount(value)) {
		return undefined;
	}
	let root: JsonNode | undefined;
	const doc: JsonDocument = {
		text,
		get root(): JsonNode | undefined {
			// The strict pass's tree, read from the index node by node as it is walked.
			root ??= index.tree();
			return root;
		},
		value,
		syntax,
		duplicateKeys: [],
		fatal: false,
		lines,
	};
	indexes.set(doc, index);
	return doc;
}

const indexes = new WeakMap<JsonDocument, JsonIndex>();

/**
 * A text whose only departures from strict JSON are the ones the tolerant pass reports without making the document
 * fatal (comments, trailing commas and control characters inside strings), parsed the strict way, to the same
 * document: each departure found and reported as the tolerant pass reports it, the comments and trailing commas
 * blanked for the index (offsets and line breaks kept), the control characters escaped for `JSON.parse`. The tolerant
 * pass builds a node for every token and the value from the nodes: on a 650 KB definition holding one tab in a string,
 * 84 ms against 21 ms this way, in a fresh process. Undefined when the text departs in any other way, repeats a key or
 * nests near MAX_DEPTH: the tolerant pass has the last word on those.
 */
function parseTolerated(text: string): JsonDocument | undefined {
	const departures = toleratedDepartures(text);
	if (!departures) {
		return undefined;
	}
	let value: unknown;
	try {
		value = JSON.parse(departures.valueText);
	} catch {
		return undefined;
	}
	const index = JsonIndex.of(departures.structure);
	return parseIndexed(text, value, index, new LineIndex(text, index.lineStarts), departures.problems);
}

interface Departures {
	/** The text with comments and trailing commas blanked: strict JSON but for the control characters in strings. */
	readonly structure: string;
	/** `structure` with those control characters escaped: what `JSON.parse` reads as the tolerant pass reads the text. */
	readonly valueText: string;
	/** The problems the tolerant pass reports for them, in its order (the order of the tokens it reports them at). */
	readonly problems: SyntaxProblem[];
}

const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;

const JSON_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/** What the walk of toleratedDepartures expects next; a token it does not expect ends the walk. */
const enum Expect {
	/** A value: at the start, after a colon. */
	Value,
	/** A value or ']': after '['. */
	ValueOrClose,
	/** A value, or ']' after a trailing comma: after a comma in an array. */
	ValueAfterComma,
	/** A key or '}': after '{'. */
	KeyOrClose,
	/** A key, or '}' after a trailing comma: after a comma in an object. */
	KeyAfterComma,
	/** ':': after a key. */
	Colon,
	/** ',' or the container's closing bracket, or the end after the root value. */
	AfterValue,
}

/**
 * The comments, trailing commas and strings holding control characters of `text`, found as jsonc-parser's scanner finds
 * them; undefined when there are none, or at the first token that departs in any other way. The walk follows the
 * grammar (brackets, keys, colons, commas, literals) so that a text broken while it is typed, which the tolerant pass
 * parses anyway, costs a walk up to the break, not a walk over all of it; escapes in strings are left for `JSON.parse`
 * to check.
 */
function toleratedDepartures(text: string): Departures | undefined {
	const problems: SyntaxProblem[] = [];
	/** Start and end of each edit; `escape` marks a string whose control characters are escaped. */
	const edits: { start: number; end: number; escape: boolean }[] = [];
	const report = (code: SyntaxCode, offset: number, length: number) => problems.push({ code, message: SYNTAX_MESSAGES[code], offset, length, fatal: false });
	const length = text.length;
	const inObject: boolean[] = []; // the open containers, innermost last
	let expect = Expect.Value;
	let comma = -1; // the last comma, while a closing bracket after it would make it a trailing one
	// Each string's closing quote is found natively. Without a tab or another control character anywhere (most texts),
	// no string holds one, and a line break in a string, which the tolerant pass reports as fatal, is JSON.parse's to
	// refuse. Otherwise the next control character is looked for natively too, and only a string that holds one is
	// walked character by character: walking them all cost a 650 KB definition with one tab 21-29 ms of a CLI thread.
	const controls = /[\x00-\x09\x0b\x0c\x0e-\x1f]/.test(text);
	let nextControl = -1; // the first control character (line breaks included) at or after it was looked for
	for (let at = 0; at < length; ) {
		const c = text.charCodeAt(at);
		if (c === 0x20 || c === 0x09 || c === LINE_FEED || c === CARRIAGE_RETURN) {
			at++;
			continue;
		}
		if (c === 0x2f) {
			// '/': a line comment runs to the line break, a block comment to the first '*/' after its opening.
			const next = text.charCodeAt(at + 1);
			let end: number;
			if (next === 0x2f) {
				end = at + 2;
				while (end < length && text.charCodeAt(end) !== LINE_FEED && text.charCodeAt(end) !== CARRIAGE_RETURN) {
					end++;
				}
			} else if (next === 0x2a) {
				const close = text.indexOf('*/', at + 2);
				if (close < 0) {
					return undefined;
				}
				end = close + 2;
			} else {
				return undefined;
			}
			report('comment', at, end - at);
			edits.push({ start: at, end, escape: false });
			at = end;
			continue;
		}
		const value = expect === Expect.Value || expect === Expect.ValueOrClose || expect === Expect.ValueAfterComma;
		if (c === 0x5d || c === 0x7d) {
			// ']' or '}': the tolerant pass reports a trailing comma when it closes the container.
			const object = c === 0x7d;
			if (inObject.length === 0 || inObject[inObject.length - 1] !== object) {
				return undefined;
			}
			const trailing = expect === (object ? Expect.KeyAfterComma : Expect.ValueAfterComma);
			if (!trailing && expect !== Expect.AfterValue && expect !== (object ? Expect.KeyOrClose : Expect.ValueOrClose)) {
				return undefined;
			}
			if (trailing) {
				report('trailing-comma', comma, 1);
				edits.push({ start: comma, end: comma + 1, escape: false });
			}
			inObject.pop();
			expect = Expect.AfterValue;
			at++;
			continue;
		}
		if (c === 0x2c) {
			if (expect !== Expect.AfterValue || inObject.length === 0) {
				return undefined;
			}
			comma = at;
			expect = inObject[inObject.length - 1] ? Expect.KeyAfterComma : Expect.ValueAfterComma;
			at++;
			continue;
		}
		if (c === 0x3a) {
			if (expect !== Expect.Colon) {
				return undefined;
			}
			expect = Expect.Value;
			at++;
			continue;
		}
		if (c === 0x7b || c === 0x5b) {
			if (!value) {
				return undefined;
			}
			inObject.push(c === 0x7b);
			expect = c === 0x7b ? Expect.KeyOrClose : Expect.ValueOrClose;
			at++;
			continue;
		}
		if (c === 0x22) {
			const key = expect === Expect.KeyOrClose || expect === Expect.KeyAfterComma;
			if (!key && !value) {
				return undefined;
			}
			let end = stringEnd(text, at);
			if (end < 0) {
				return undefined;
			}
			let control = false;
			if (controls && nextControl <= at) {
				nextControl = controlCharacterAt(text, at + 1);
			}
			if (nextControl > at && nextControl < end) {
				// A control character in the string (a line break, an escaped one): walked as the tolerant pass reads it.
				for (end = at + 1; ; ) {
					if (end >= length) {
						return undefined;
					}
					const d = text.charCodeAt(end);
					if (d === 0x22) {
						break;
					}
					if (d === 0x5c) {
						if (!(text.charCodeAt(end + 1) >= 0x20)) {
							return undefined;
						}
						end += 2;
						continue;
					}
					if (d < 0x20) {
						if (d === LINE_FEED || d === CARRIAGE_RETURN) {
							return undefined;
						}
						control = true;
					}
					end++;
				}
			}
			end++;
			if (control) {
				report('control-character-in-string', at, end - at);
				edits.push({ start: at, end, escape: true });
			}
			if (key) {
				expect = Expect.Colon;
			} else {
				expect = Expect.AfterValue;
			}
			at = end;
			continue;
		}
		// A number, true, false or null, up to the next delimiter: a literal being typed ends the walk there.
		if (!value) {
			return undefined;
		}
		const start = at;
		at++;
		while (at < length) {
			const d = text.charCodeAt(at);
			if (d === 0x2c || d === 0x5d || d === 0x7d || d === 0x20 || d === 0x09 || d === LINE_FEED || d === CARRIAGE_RETURN || d === 0x2f || d === 0x22 || d === 0x3a || d === 0x5b || d === 0x7b) {
				break;
			}
			at++;
		}
		const literal = text.slice(start, at);
		if (literal !== 'true' && literal !== 'false' && literal !== 'null' && !JSON_NUMBER.test(literal)) {
			return undefined;
		}
		expect = Expect.AfterValue;
	}
	if (expect !== Expect.AfterValue || inObject.length > 0) {
		return undefined;
	}
	if (edits.length === 0) {
		return undefined;
	}
	// A trailing comma is found at the bracket after it, so after the comments between them.
	edits.sort((a, b) => a.start - b.start);
	const structure: string[] = [];
	const valueText: string[] = [];
	let from = 0;
	for (const { start, end, escape } of edits) {
		const before = text.slice(from, start);
		const token = text.slice(start, end);
		structure.push(before, escape ? token : token.replace(/[^\n\r]/g, ' '));
		valueText.push(before, escape ? escapeControlCharacters(token) : ' ');
		from = end;
	}
	const rest = text.slice(from);
	structure.push(rest);
	valueText.push(rest);
	return { structure: structure.join(''), valueText: valueText.join(''), problems };
}

const CONTROL_CHARACTER = /[\x00-\x1f]/g;

/** The offset of the first control character at or after `from` (line breaks and tabs included); the length if none. */
function controlCharacterAt(text: string, from: number): number {
	CONTROL_CHARACTER.lastIndex = from;
	return CONTROL_CHARACTER.test(text) ? CONTROL_CHARACTER.lastIndex - 1 : text.length;
}

/** The index of a document parsed as strict JSON, for turning paths into ranges without the tree (`pathToRange`). */
export function jsonIndexOf(doc: JsonDocument): JsonIndex | undefined {
	return indexes.get(doc);
}

/** The tolerant pass alone (exported for the tests that hold the strict pass to the same tree). */
export function parseTolerant(text: string, lines = new LineIndex(text)): JsonDocument {
	const syntax: SyntaxProblem[] = [];
	const duplicateKeys: DuplicateKey[] = [];
	const stack: Frame[] = [];
	let root: JsonNode | undefined;
	/** The offset of the first bracket beyond MAX_DEPTH, where the parse stops; -1 while within it. */
	let tooDeepAt = -1;

	const problem = (code: SyntaxCode, offset: number, length: number) => {
		// Clamped into the text: jsonc-parser's scanner gives a block comment opened by the last two characters one
		// character more than the text holds ('/*' is a comment of length 3).
		const start = Math.min(offset, text.length);
		syntax.push({ code, message: SYNTAX_MESSAGES[code], offset: start, length: Math.min(length, text.length - start), fatal: !NON_FATAL.has(code) });
	};

	/** Attach a finished value node to its parent (or make it the root). */
	const attach = (node: JsonNode) => {
		const parent = stack[stack.length - 1];
		if (!parent) {
			root ??= node;
			return;
		}
		parent.lastComma = -1;
		if (parent.node.type === 'array') {
			node.parent = parent.node;
			parent.node.children!.push(node);
		} else if (parent.property) {
			node.parent = parent.property;
			parent.property.children!.push(node);
			parent.property.length = node.offset + node.length - parent.property.offset;
			parent.property = undefined;
		}
	};

	const open = (type: 'object' | 'array', offset: number) => {
		if (stack.length >= MAX_DEPTH) {
			// Stop the visit here rather than let jsonc-parser's recursive descent go on: how deep that recursion gets
			// before the stack overflows depends on the thread and on how far the JIT has optimized it, so going on
			// would make the problems of a document thousands of levels deep (closed or left open) depend on where it
			// is parsed. Stopping at the first bracket beyond the limit bounds the recursion to MAX_DEPTH levels, and
			// the result is the problems before that bracket and too-deep at it, wherever the parse runs.
			tooDeepAt = offset;
			throw TOO_DEEP;
		}
		const node: JsonNode = { type, offset, length: -1, children: [] };
		// The parent link is set on attach, when the container closes; children need it earlier for paths.
		const parent = stack[stack.length - 1];
		if (parent) {
			node.parent = parent.node.type === 'array' ? parent.node : parent.property;
		}
		stack.push({ node, lastComma: -1 });
	};

	const close = (offset: number, length: number) => {
		const frame = stack.pop();
		if (!frame) {
			return;
		}
		if (frame.lastComma >= 0) {
			problem('trailing-comma', frame.lastComma, 1);
		}
		// Clamped like the problems: after a block comment opened by the last two characters, jsonc-parser puts the end
		// of the text one character past it, and a container left open there would end outside the text.
		frame.node.length = Math.min(offset + length, text.length) - frame.node.offset;
		attach(frame.node);
	};

	try {
		visit(
			text,
			{
				onObjectBegin: (offset) => open('object', offset),
				onObjectProperty: (name, offset, length) => {
					const frame = stack[stack.length - 1];
					if (!frame || frame.node.type !== 'object') {
						return;
					}
					frame.lastComma = -1;
					const property: JsonNode = { type: 'property', offset, length, parent: frame.node, children: [], colonOffset: -1 };
					const key: JsonNode = { type: 'string', value: name, offset, length, parent: property };
					property.children!.push(key);
					frame.node.children!.push(property);
					frame.property = property;
					const previous = earlierKey(frame, name);
					if (previous) {
						duplicateKeys.push({ objectPath: innermostOpenPath(stack), key: name, ignored: previous, used: key });
					}
				},
				onObjectEnd: (offset, length) => close(offset, length),
				onArrayBegin: (offset) => open('array', offset),
				onArrayEnd: (offset, length) => close(offset, length),
				onLiteralValue: (value: unknown, offset, length) => {
					const type = value === null ? 'null' : (typeof value as 'string' | 'number' | 'boolean');
					attach({ type, value, offset, length });
				},
				onSeparator: (character, offset) => {
					const frame = stack[stack.length - 1];
					if (!frame) {
						return;
					}
					if (character === ':' && frame.property) {
						frame.property.colonOffset = offset;
					} else if (character === ',') {
						frame.lastComma = offset;
					}
				},
				onComment: (offset, length) => problem('comment', offset, length),
				onError: (error, offset, length) => {
					const code = SYNTAX_CODES[error];
					problem(code ?? 'invalid-symbol', offset, length);
				},
			},
			{ allowTrailingComma: true, disallowComments: false, allowEmptyContent: true },
		);
	} catch (error) {
		if (error === TOO_DEEP) {
			problem('too-deep', tooDeepAt, 1);
			return { text, root: undefined, value: undefined, syntax, duplicateKeys, fatal: true, lines };
		}
		if (!(error instanceof RangeError)) {
			throw error;
		}
		// A stack overflow within MAX_DEPTH levels: only on a thread with a stack far smaller than Node's default.
		problem('too-deep', 0, 0);
		return { text, root: undefined, value: undefined, syntax, duplicateKeys, fatal: true, lines };
	}
	// Containers left open by a truncated document: close them at the end so the partial tree stays usable.
	while (stack.length > 0) {
		const frame = stack[stack.length - 1];
		if (frame.property && frame.property.children!.length < 2) {
			frame.property = undefined;
		}
		frame.lastComma = -1;
		close(text.length, 0);
	}
	if (root === undefined && !syntax.some((p) => p.fatal)) {
		problem('empty-document', 0, text.length);
	}
	return { text, root, value: plainValue(text, root, syntax.length === 0), syntax, duplicateKeys, fatal: syntax.some((p) => p.fatal), lines };
}

/** Below this many properties a backward scan finds an earlier duplicate key faster than keeping a set. */
const KEY_SET_THRESHOLD = 16;

/** The key node of an earlier property with this name in the object being parsed (whose last child is `name`'s). */
function earlierKey(frame: { readonly node: JsonNode; keys?: Set<string> }, name: string): JsonNode | undefined {
	const properties = frame.node.children!;
	if (frame.keys) {
		if (!frame.keys.has(name)) {
			frame.keys.add(name);
			return undefined;
		}
	} else if (properties.length >= KEY_SET_THRESHOLD) {
		frame.keys = new Set(properties.map((property) => property.children![0].value as string));
	}
	for (let i = properties.length - 2; i >= 0; i--) {
		if (properties[i].children![0].value === name) {
			return properties[i].children![0];
		}
	}
	return undefined;
}

/**
 * The plain value. Strict JSON goes through the engine's native `JSON.parse` (several times faster than building
 * objects node by node; same semantics: the last duplicate wins and `__proto__` stays a data property); anything the
 * tolerant parse accepted beyond strict JSON is converted from the tree.
 */
function plainValue(text: string, root: JsonNode | undefined, strict: boolean): unknown {
	if (strict && root) {
		try {
			return JSON.parse(text);
		} catch {
			// Something jsonc-parser accepts silently; fall through to the tree.
		}
	}
	return treeValue(root);
}

function shell(node: JsonNode): unknown {
	return node.type === 'object' ? {} : node.type === 'array' ? [] : node.value;
}

/** Converts a tree to plain values iteratively (trees can be deep). */
function treeValue(root: JsonNode | undefined): unknown {
	if (!root) {
		return undefined;
	}
	const rootValue = shell(root);
	const pending: [JsonNode, unknown][] = [[root, rootValue]];
	while (pending.length > 0) {
		const [node, container] = pending.pop()!;
		for (const child of node.children ?? []) {
			const valueNode = node.type === 'object' ? child.children?.[1] : child;
			if (!valueNode) {
				continue;
			}
			const value = shell(valueNode);
			if (node.type === 'object') {
				setProperty(container as Record<string, unknown>, child.children![0].value as string, value);
			} else {
				(container as unknown[]).push(value);
			}
			if (valueNode.type === 'object' || valueNode.type === 'array') {
				pending.push([valueNode, value]);
			}
		}
	}
	return rootValue;
}

/**
 * Whether a document may have a property named `key` anywhere: false only when its text contains neither the name nor
 * a `\u` escape (which could spell it). Lets a walk for a rare extension skip documents without it, exactly.
 */
export function mayHaveKey(doc: JsonDocument, key: string): boolean {
	// Remembered per document: callers ask once per operation, and each answer scans up to the whole text.
	let answers = keyScans.get(doc);
	if (!answers) {
		answers = new Map();
		keyScans.set(doc, answers);
	}
	let answer = answers.get(key);
	if (answer === undefined) {
		// The escape is looked for once per document, not again with each key the text does not hold.
		answer = doc.text.includes(key) || (key !== UNICODE_ESCAPE && mayHaveKey(doc, UNICODE_ESCAPE));
		answers.set(key, answer);
	}
	return answer;
}

const keyScans = new WeakMap<JsonDocument, Map<string, boolean>>();
const UNICODE_ESCAPE = '\\u';

/** The value node for a path; for duplicate keys the last occurrence, matching the plain value. */
export function findNode(root: JsonNode | undefined, path: JsonPath): JsonNode | undefined {
	let node = root;
	for (const segment of path) {
		if (!node) {
			return undefined;
		}
		node = childNode(node, segment);
	}
	return node;
}

export function childNode(node: JsonNode, segment: string | number): JsonNode | undefined {
	if (node.type === 'array') {
		return typeof segment === 'number' ? node.children?.[segment] : undefined;
	}
	if (node.type === 'object' && typeof segment === 'string' && node.children) {
		if (node.children.length > LINEAR_LOOKUP_LIMIT) {
			return propertyIndex(node).get(segment);
		}
		for (let i = node.children.length - 1; i >= 0; i--) {
			const property = node.children[i];
			if (property.children?.[0].value === segment) {
				return property.children[1];
			}
		}
	}
	return undefined;
}

/** Objects with more properties than this get a key index on first lookup (`paths` can hold thousands). */
const LINEAR_LOOKUP_LIMIT = 32;
const propertyIndexes = new WeakMap<JsonNode, Map<string, JsonNode | undefined>>();

function propertyIndex(node: JsonNode): Map<string, JsonNode | undefined> {
	let index = propertyIndexes.get(node);
	if (!index) {
		index = new Map();
		// Later duplicates overwrite earlier ones: the last occurrence wins, as in the plain value.
		for (const property of node.children!) {
			index.set(property.children![0].value as string, property.children![1]);
		}
		propertyIndexes.set(node, index);
	}
	return index;
}

/** The key node of the property holding `node`, when `node` is a property value. */
export function keyNodeOf(node: JsonNode): JsonNode | undefined {
	return node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
}

export function rangeOfNode(doc: JsonDocument, node: JsonNode): Range {
	return doc.lines.rangeAt(node.offset, node.length);
}
