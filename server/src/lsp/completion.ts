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
import { completionsAt, type CompletionRequest } from '../language/completion';
import { introSnippetCompletions } from '../language/snippets';
import { completionItems } from './completionItems';
import type { EditorServices } from './editorServices';
import { offsetInText, type EngineText } from './positions';
import { capped } from './limits';
import { editorRequest } from './requests';
import { baseNameOfUri } from './uris';

export const COMPLETION_CAPABILITIES: ServerCapabilities = {
	completionProvider: { triggerCharacters: ['"', ':', '/'], resolveProvider: false },
};

/**
 * Thrown on the main thread where a completion needs the document's values or the connector's definition: those come
 * from parses, which the checker thread has (EditorServices.query), and a parse of a large file here would hold the
 * main thread while the author types (a $ref value on a 1.93 MB swagger: 58-82 ms).
 */
class NeedsParse extends Error {}

function needsParse(): never {
	throw new NeedsParse();
}

/**
 * What completion asks the pure logic at a position in a connector JSON file on the main thread, with the text to map
 * result ranges back; undefined outside connector JSON files (nothing is offered there). It answers from a token scan
 * of the text (a key typed needs no more) and throws NeedsParse where the position needs the parses.
 */
function completionRequest(services: EditorServices, uri: string, position: Position): { request: CompletionRequest; text: EngineText } | undefined {
	const kind = fileKindOf(baseNameOfUri(uri));
	const text = kind ? services.engineText(uri) : undefined;
	if (!kind || !text) {
		return undefined;
	}
	return { request: { kind, text: text.text, offset: offsetInText(text, position), doc: needsParse, swagger: needsParse }, text };
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
		editorRequest('Completion', services, (params) => params.textDocument.uri, [], async (params, checkpoint, token): Promise<CompletionItem[]> => {
			const uri = params.textDocument.uri;
			if (baseNameOfUri(uri).toLowerCase() === 'intro.md') {
				return await introCompletions(services, uri, params.position);
			}
			const cursor = completionRequest(services, uri, params.position);
			if (!cursor) {
				return [];
			}
			const max = await services.maxItems(uri);
			checkpoint();
			let answer: { items: CompletionItem[]; total: number } | undefined;
			try {
				const all = await completionsAt(cursor.request);
				answer = { items: completionItems(capped(all, max).items, cursor.text), total: all.length };
			} catch (error) {
				if (!(error instanceof NeedsParse)) {
					throw error;
				}
				answer = await services.query(uri, { method: 'completion', params, max }, token);
				checkpoint();
			}
			if (answer && answer.total > max) {
				services.notices.say(uri, services.version(uri) ?? 0, 'completion', `Completion in ${baseNameOfUri(uri)} offers the first ${max} of ${answer.total} items (connectorCertify.maxItemsComputed).`);
			}
			return answer?.items ?? [];
		}),
	);
}
