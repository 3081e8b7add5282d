/**
 * Text edits on connector JSON that keep the file's own style: jsonc-parser's `modify` with the indentation and line
 * ending detected from the file, so a fix changes only what it must and keeps key order, indentation and CRLF.
 */
import { applyEdits as applyJsoncEdits, modify, type FormattingOptions } from 'jsonc-parser';
import { findNode, keyNodeOf, type JsonDocument, type JsonPath } from '../core/json';

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

/** Sets (adds or replaces) the value at `path`. A new property goes after `options.after` when given. */
export function setValue(doc: JsonDocument, path: JsonPath, value: unknown, options: SetOptions = {}): TextEdit[] {
	return modify(doc.text, [...path], value, {
		formattingOptions: formattingOf(doc),
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
}

/** Removes the property or array item at `path`. */
export function removeValue(doc: JsonDocument, path: JsonPath): TextEdit[] {
	return modify(doc.text, [...path], undefined, { formattingOptions: formattingOf(doc) });
}

/** Renames the property at `path` (its key only; the value and everything else stay as written). */
export function renameKey(doc: JsonDocument, path: JsonPath, newKey: string): TextEdit[] {
	const node = findNode(doc.root, path);
	const key = node && keyNodeOf(node);
	return key ? [{ offset: key.offset, length: key.length, content: JSON.stringify(newKey) }] : [];
}

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
	return applyJsoncEdits(text, [...edits]);
}

/** True when two edits touch: overlapping ranges, or insertions at the same place, cannot be applied together. */
export function editsConflict(a: readonly TextEdit[], b: readonly TextEdit[]): boolean {
	return a.some((x) => b.some((y) => x.offset <= y.offset + y.length && y.offset <= x.offset + x.length));
}
