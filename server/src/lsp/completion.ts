/** Completion: the protocol side; the logic is in server/src/language/completion.ts. */
import {
	CompletionItemKind,
	InsertTextFormat,
	MarkupKind,
	type CompletionItem,
	type Connection,
	type Position,
	type Range,
	type ServerCapabilities,
} from 'vscode-languageserver/node';
import { fileKindOf, type JsonFileKind } from '../core/connector';
import type { JsonDocument } from '../core/json';
import type { ParsedFile } from '../engine/parsedFile';
import { completionsAt, type CompletionKind } from '../language/completion';
import { introSnippetCompletions } from '../language/snippets';
import type { EditorServices } from './editorServices';
import { baseNameOfUri } from './uris';

export const COMPLETION_CAPABILITIES: ServerCapabilities = {
	completionProvider: { triggerCharacters: ['"', ':', '/'], resolveProvider: false },
};

const ITEM_KINDS: Record<CompletionKind, CompletionItemKind> = {
	property: CompletionItemKind.Property,
	value: CompletionItemKind.EnumMember,
	operation: CompletionItemKind.Function,
	reference: CompletionItemKind.Reference,
	variable: CompletionItemKind.Variable,
	snippet: CompletionItemKind.Snippet,
};

/**
 * Offsets in the parse and positions in the editor's buffer differ by the byte order mark the parse strips (one
 * character on the first line).
 */
export function offsetOf(parsed: ParsedFile, position: Position): number {
	const character = position.line === 0 && parsed.hadBom ? Math.max(0, position.character - 1) : position.character;
	return parsed.doc.lines.offsetAt({ line: position.line, character });
}

export function rangeOf(parsed: ParsedFile, offset: number, length: number): Range {
	const { start, end } = parsed.doc.lines.rangeAt(offset, length);
	const shift = (position: Position): Position =>
		parsed.hadBom && position.line === 0 ? { line: 0, character: position.character + 1 } : { line: position.line, character: position.character };
	return { start: shift(start), end: shift(end) };
}

/** What completion and hover ask the pure logic about a position in a connector JSON file. */
export interface CursorRequest {
	readonly kind: JsonFileKind;
	readonly doc: JsonDocument;
	readonly offset: number;
	/** The connector's definition as the other file of an apiProperties.json (buffer or disk), read only when needed. */
	readonly swagger: () => Promise<JsonDocument | undefined>;
}

/** The request for a position, with the parse to map result ranges back; undefined outside connector JSON files (nothing is offered there). */
export function cursorRequest(services: EditorServices, uri: string, position: Position): { request: CursorRequest; parsed: ParsedFile } | undefined {
	const kind = fileKindOf(baseNameOfUri(uri));
	const parsed = kind ? services.parsed(uri) : undefined;
	if (!kind || !parsed) {
		return undefined;
	}
	const swagger = async () => (await services.connector(uri))?.input.swagger?.doc;
	return { request: { kind, doc: parsed.doc, offset: offsetOf(parsed, position), swagger }, parsed };
}

/** The intro.md template sections, in an intro.md beside a connector: at a line start or a heading being typed. */
async function introCompletions(services: EditorServices, uri: string, position: Position): Promise<CompletionItem[]> {
	const text = services.text(uri);
	if (text === undefined || !(await services.inConnectorFolder(uri))) {
		return [];
	}
	const line = text.split(/\r?\n/)[position.line] ?? '';
	const prefix = line.slice(0, position.character);
	return introSnippetCompletions(prefix).map((snippet, index) => ({
		label: snippet.label,
		kind: CompletionItemKind.Snippet,
		detail: snippet.detail,
		documentation: snippet.documentation ? { kind: MarkupKind.Markdown, value: snippet.documentation } : undefined,
		sortText: String(index).padStart(5, '0'),
		insertTextFormat: InsertTextFormat.Snippet,
		textEdit: { range: { start: { line: position.line, character: 0 }, end: position }, newText: snippet.body },
	}));
}

export function registerCompletion(connection: Connection, services: EditorServices): void {
	connection.onCompletion(async (params): Promise<CompletionItem[]> => {
		try {
			if (baseNameOfUri(params.textDocument.uri).toLowerCase() === 'intro.md') {
				return await introCompletions(services, params.textDocument.uri, params.position);
			}
			const cursor = cursorRequest(services, params.textDocument.uri, params.position);
			if (!cursor) {
				return [];
			}
			const entries = await completionsAt(cursor.request);
			return entries.map((entry, index) => ({
				label: entry.label,
				kind: ITEM_KINDS[entry.kind],
				detail: entry.detail,
				documentation: entry.documentation ? { kind: MarkupKind.Markdown, value: entry.documentation } : undefined,
				filterText: entry.filterText,
				// Keep the order the logic chose (keys by the catalog's order, values as listed).
				sortText: String(index).padStart(5, '0'),
				insertTextFormat: entry.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
				textEdit: { range: rangeOf(cursor.parsed, entry.range.offset, entry.range.length), newText: entry.insertText },
			}));
		} catch (error) {
			services.log.error(`Completion failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
			return [];
		}
	});
}
