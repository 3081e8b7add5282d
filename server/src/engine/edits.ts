/**
 * Text edits on connector JSON that keep the file's own style: jsonc-parser's `modify` with the indentation and line
 * ending detected from the file, so a fix changes only what it must and keeps key order, indentation and CRLF.
 */
import { format, modify, type FormattingOptions } from 'jsonc-parser';
import { childNode, findNode, keyNodeOf, type JsonDocument, type JsonNode, type JsonPath } from '../core/json';

/** A replacement of `length` characters at `offset` by `content` (offsets into the document's text). */
export interface TextEdit {
	readonly offset: number;
	readonly length: number;
	readonly content: string;
}

const formattingCache = new WeakMap<JsonDocument, FormattingOptions>();

/** The file's indentation (tabs, or the smallest run of leading spaces) and line ending. */
export function formattingOf(doc: JsonDocument): FormattingOptions {
	let options = formattingCache.get(doc);
	if (!options) {
		const text = doc.text;
		const eol = text.includes('\r\n') ? '\r\n' : '\n';
		let insertSpaces = true;
		let tabSize = 2;
		const indent = /\n([ \t]+)\S/.exec(text)?.[1];
		if (indent?.startsWith('\t')) {
			insertSpaces = false;
			tabSize = 1;
		} else if (indent) {
			tabSize = indent.length;
		}
		options = { insertSpaces, tabSize, eol };
		formattingCache.set(doc, options);
	}
	return options;
}

export interface SetOptions {
	/** Insert a new property right after this sibling key (default: last). */
	readonly after?: string;
	/** Insert a new property right before this sibling key. */
	readonly before?: string;
}

/**
 * Thrown by `setValue` for a new key in an object that holds a `$ref`: a reference replaces its whole object, so the
 * key would be ignored, and additional-property-not-allowed-adjacent-to-ref reports it and its fix removes it again
 * (fix-all undid itself). A throw, not an empty edit list, so a fix made of several edits is dropped whole;
 * `proposeFix` and `fixAll` treat it as no fix.
 */
export class KeyBesideRefError extends Error {
	constructor(readonly path: JsonPath) {
		super(`A new key at ${JSON.stringify(path)} would stand beside a $ref, which replaces its object`);
		this.name = 'KeyBesideRefError';
	}
}

/**
 * Sets (adds or replaces) the value at `path`. A new property goes after `options.after` (or before
 * `options.before`) when given, else last; a new array item is appended. Works on the parsed tree, so a fix on a
 * megabyte file costs a lookup, not a re-parse; falls back to jsonc-parser's `modify` where the tree has no place.
 * Never adds a key to an object that holds a `$ref` (throws `KeyBesideRefError`).
 */
export function setValue(doc: JsonDocument, path: JsonPath, value: unknown, options: SetOptions = {}): TextEdit[] {
	const existing = findNode(doc.root, path);
	if (existing && path.length > 0) {
		return [{ offset: existing.offset, length: existing.length, content: serialize(doc, value, lineIndentAt(doc.text, existing.offset)) }];
	}
	if (path.length > 0 && holdsRef(deepestNodeOn(doc.root, path))) {
		throw new KeyBesideRefError(path);
	}
	const parent = path.length > 0 ? findNode(doc.root, path.slice(0, -1)) : undefined;
	const key = path[path.length - 1];
	if (parent?.type === 'object' && typeof key === 'string') {
		const properties = (parent.children ?? []).filter((property) => property.children?.[0]);
		const keys = properties.map((property) => property.children![0].value as string);
		let index = properties.length;
		if (options.after !== undefined && keys.includes(options.after)) {
			index = keys.indexOf(options.after) + 1;
		} else if (options.before !== undefined && keys.includes(options.before)) {
			index = keys.indexOf(options.before);
		}
		return insertMember(doc, parent, properties, index, (indent) => `${JSON.stringify(key)}: ${serialize(doc, value, indent)}`);
	}
	if (parent?.type === 'array' && typeof key === 'number' && key === (parent.children?.length ?? 0)) {
		return insertMember(doc, parent, parent.children ?? [], key, (indent) => serialize(doc, value, indent));
	}
	return jsoncModify(doc, path, value, options);
}

/** Removes the property or array item at `path`, with its separating comma and line. */
export function removeValue(doc: JsonDocument, path: JsonPath): TextEdit[] {
	const node = findNode(doc.root, path);
	const member = node?.parent?.type === 'property' ? node.parent : node;
	const container = member?.parent;
	if (!member || !container || (container.type !== 'object' && container.type !== 'array')) {
		return jsoncModify(doc, path, undefined, {});
	}
	const siblings = container.children ?? [];
	const index = siblings.indexOf(member);
	const text = doc.text;
	if (siblings.length === 1) {
		// The only member: empty the container, keeping its braces on their lines.
		return [{ offset: container.offset + 1, length: container.offset + container.length - 1 - (container.offset + 1), content: '' }];
	}
	if (index < siblings.length - 1) {
		// From this member's start to the next one's: the comma and the line break go with it.
		const next = siblings[index + 1];
		const start = lineStartIfOnlyWhitespaceBefore(text, member.offset);
		const end = lineStartIfOnlyWhitespaceBefore(text, next.offset);
		return [{ offset: start, length: end - start, content: '' }];
	}
	// The last member: from the end of the previous one (its comma goes) to this one's end.
	const previous = siblings[index - 1];
	const start = previous.offset + previous.length;
	return [{ offset: start, length: member.offset + member.length - start, content: '' }];
}

/** The node the path reaches before it leaves the tree: where a missing path gets its new key or item. */
function deepestNodeOn(root: JsonNode | undefined, path: JsonPath): JsonNode | undefined {
	let node = root;
	for (const segment of path) {
		const child = node && childNode(node, segment);
		if (!child) {
			break;
		}
		node = child;
	}
	return node;
}

/** An object with a string `$ref` (the last one, as `JSON.parse` reads duplicates): a reference, whatever its siblings. */
function holdsRef(node: JsonNode | undefined): boolean {
	return node?.type === 'object' && childNode(node, '$ref')?.type === 'string';
}

function jsoncModify(doc: JsonDocument, path: JsonPath, value: unknown, options: SetOptions): TextEdit[] {
	// Without formattingOptions modify returns its edit unformatted: formatted below, as modify would, in linear time.
	const edits = modify(doc.text, [...path], value, {
		getInsertionIndex: (properties) => {
			if (options.after !== undefined && properties.includes(options.after)) {
				return properties.indexOf(options.after) + 1;
			}
			if (options.before !== undefined && properties.includes(options.before)) {
				return properties.indexOf(options.before);
			}
			return properties.length;
		},
	});
	return edits.map((edit) => formatted(doc, edit));
}

function isEol(text: string, offset: number): boolean {
	const char = text.charAt(offset);
	return char === '\n' || char === '\r';
}

/**
 * One edit of jsonc-parser's `modify`, formatted as modify's own formatting does it (the whole lines of an insertion
 * or removal, else the new content), with the same result. Modify applies each formatting edit to a copy of the whole
 * text; on a minified file the line is the file and every token gets an edit, so one fix took 8 s on 164 KB. Here the
 * text is copied once and the formatting edits are applied in one pass over the range they cover.
 */
function formatted(doc: JsonDocument, edit: TextEdit): TextEdit {
	const text = doc.text;
	const edited = text.slice(0, edit.offset) + edit.content + text.slice(edit.offset + edit.length);
	let begin = edit.offset;
	let end = edit.offset + edit.content.length;
	if (edit.length === 0 || edit.content.length === 0) {
		while (begin > 0 && !isEol(edited, begin - 1)) {
			begin--;
		}
		while (end < edited.length && !isEol(edited, end)) {
			end++;
		}
	}
	// In document order and disjoint, as jsonc-parser's formatter produces them.
	const changes = format(edited, { offset: begin, length: end - begin }, { ...formattingOf(doc), keepLines: false });
	for (const change of changes) {
		begin = Math.min(begin, change.offset);
		end = Math.max(end, change.offset + change.length);
	}
	const parts: string[] = [];
	let at = begin;
	for (const change of changes) {
		parts.push(edited.slice(at, change.offset), change.content);
		at = change.offset + change.length;
	}
	parts.push(edited.slice(at, end));
	return { offset: begin, length: end - begin - (edit.content.length - edit.length), content: parts.join('') };
}

function indentUnit(doc: JsonDocument): string {
	const formatting = formattingOf(doc);
	return formatting.insertSpaces ? ' '.repeat(formatting.tabSize ?? 2) : '\t';
}

/** The whitespace at the start of the line holding `offset`. */
function lineIndentAt(text: string, offset: number): string {
	const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
	return /^[ \t]*/.exec(text.slice(lineStart, offset))![0];
}

function lineStartIfOnlyWhitespaceBefore(text: string, offset: number): number {
	// Back over the indentation only: looking for the line's start first read the whole line, which in a minified file
	// is the file, once per removal.
	let start = offset;
	while (start > 0 && (text.charCodeAt(start - 1) === 0x20 || text.charCodeAt(start - 1) === 0x09)) {
		start--;
	}
	return start === 0 || text.charCodeAt(start - 1) === 0x0a ? start : offset;
}

/** A value as JSON in the file's style, its continuation lines indented from `indent`. */
function serialize(doc: JsonDocument, value: unknown, indent: string): string {
	const eol = formattingOf(doc).eol ?? '\n';
	return JSON.stringify(value, null, indentUnit(doc)).replace(/\n/g, eol + indent);
}

/**
 * Inserts a member (built for the indentation it will have) at `index` among `members` of an object or array,
 * matching the container's layout: one member per line, or all on one line when the container is written inline.
 */
function insertMember(doc: JsonDocument, container: JsonNode, members: readonly JsonNode[], index: number, build: (indent: string) => string): TextEdit[] {
	const text = doc.text;
	const eol = formattingOf(doc).eol ?? '\n';
	const open = container.offset;
	const close = container.offset + container.length - 1;
	if (members.length === 0) {
		const inner = text.slice(open + 1, close);
		if (!inner.includes('\n')) {
			// `{}` or `[]` (perhaps with spaces): open it onto its own lines.
			const outer = lineIndentAt(text, open);
			const indent = outer + indentUnit(doc);
			return [{ offset: open + 1, length: close - open - 1, content: `${eol}${indent}${build(indent)}${eol}${outer}` }];
		}
		const outer = lineIndentAt(text, close);
		const indent = outer + indentUnit(doc);
		return [{ offset: open + 1, length: close - open - 1, content: `${eol}${indent}${build(indent)}${eol}${outer}` }];
	}
	const first = members[0];
	const inline = !text.slice(open, first.offset).includes('\n');
	if (inline) {
		const member = build('');
		if (index >= members.length) {
			const last = members[members.length - 1];
			return [{ offset: last.offset + last.length, length: 0, content: `, ${member}` }];
		}
		return [{ offset: members[index].offset, length: 0, content: `${member}, ` }];
	}
	const indent = lineIndentAt(text, first.offset);
	if (index >= members.length) {
		const last = members[members.length - 1];
		return [{ offset: last.offset + last.length, length: 0, content: `,${eol}${indent}${build(indent)}` }];
	}
	return [{ offset: members[index].offset, length: 0, content: `${build(indent)},${eol}${indent}` }];
}

/** Renames the property at `path` (its key only; the value and everything else stay as written). */
export function renameKey(doc: JsonDocument, path: JsonPath, newKey: string): TextEdit[] {
	const node = findNode(doc.root, path);
	const key = node && keyNodeOf(node);
	return key ? [{ offset: key.offset, length: key.length, content: JSON.stringify(newKey) }] : [];
}

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
	// As jsonc-parser's applyEdits (by offset, the shorter first at the same offset, an overlap refused), in one pass:
	// it rebuilds the whole text once per edit, and fix-all applies thousands of edits to a megabyte at once.
	const sorted = edits.map((edit, index) => ({ edit, index })).sort((a, b) => a.edit.offset - b.edit.offset || a.edit.length - b.edit.length || a.index - b.index);
	const parts: string[] = [];
	let at = 0;
	for (const { edit } of sorted) {
		if (edit.offset < at) {
			throw new Error('Overlapping edit');
		}
		parts.push(text.slice(at, edit.offset), edit.content);
		at = edit.offset + edit.length;
	}
	parts.push(text.slice(at));
	return parts.join('');
}
