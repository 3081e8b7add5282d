/** Completion: the protocol side; the logic is in server/src/language/completion.ts. */
import {
	CompletionItemKind,
	InsertTextFormat,
	MarkupKind,
	type CompletionItem,
	type Connection,
	type Position,
	type ServerCapabilities,
} from 'vscode-languageserver/node';
import { fileKindOf } from '../core/connector';
import { parseJson, type JsonDocument } from '../core/json';
import { completionsAt, type CompletionKind, type CompletionRequest } from '../language/completion';
import { introSnippetCompletions } from '../language/snippets';
import type { EditorServices } from './editorServices';
import { editorRangeAt, offsetInText, type EngineText } from './positions';
import { capped } from './limits';
import { editorRequest } from './requests';
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

/** The other file of an apiProperties.json's connector, the definition (buffer or disk), read only when needed. */
export function swaggerOf(services: EditorServices, uri: string): () => Promise<JsonDocument | undefined> {
	return async () => (await services.connector(uri))?.input.swagger?.doc;
}

/**
 * What completion asks the pure logic at a position in a connector JSON file, with the text to map result ranges
 * back; undefined outside connector JSON files (nothing is offered there). The document is parsed only if the
 * position needs its values: completion comes with typing, and a key typed needs none.
 */
function completionRequest(services: EditorServices, uri: string, position: Position): { request: CompletionRequest; text: EngineText } | undefined {
	const kind = fileKindOf(baseNameOfUri(uri));
	const text = kind ? services.engineText(uri) : undefined;
	if (!kind || !text) {
		return undefined;
	}
	const doc = () => services.parsed(uri)?.doc ?? parseJson(text.text);
	return { request: { kind, text: text.text, offset: offsetInText(text, position), doc, swagger: swaggerOf(services, uri) }, text };
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
	connection.onCompletion(
		editorRequest('Completion', services, (params) => params.textDocument.uri, [], async (params, checkpoint): Promise<CompletionItem[]> => {
			if (baseNameOfUri(params.textDocument.uri).toLowerCase() === 'intro.md') {
				return await introCompletions(services, params.textDocument.uri, params.position);
			}
			const cursor = completionRequest(services, params.textDocument.uri, params.position);
			if (!cursor) {
				return [];
			}
			const all = await completionsAt(cursor.request);
			const max = await services.maxItems(params.textDocument.uri);
			checkpoint();
			const { items: entries, capped: cut } = capped(all, max);
			if (cut) {
				services.notices.say(params.textDocument.uri, services.version(params.textDocument.uri) ?? 0, 'completion', `Completion in ${baseNameOfUri(params.textDocument.uri)} offers the first ${max} of ${all.length} items (connectorCertify.maxItemsComputed).`);
			}
			return entries.map((entry, index) => ({
				label: entry.label,
				kind: ITEM_KINDS[entry.kind],
				detail: entry.detail,
				documentation: entry.documentation ? { kind: MarkupKind.Markdown, value: entry.documentation } : undefined,
				filterText: entry.filterText,
				// Keep the order the logic chose (keys by the catalog's order, values as listed).
				sortText: String(index).padStart(5, '0'),
				insertTextFormat: entry.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
				textEdit: { range: editorRangeAt(cursor.text, entry.range.offset, entry.range.length), newText: entry.insertText },
			}));
		}),
	);
}
