/**
 * Completion where it needs the document's values, hover and navigation (go to definition, find references, rename),
 * answered from a connector's parses. The checker thread of open documents answers them, from the parses its checks
 * use: on the main thread, the first of these requests after each edit parsed the document, and held the thread
 * 124-138 ms for a cold hover and definition on a 1.93 MB swagger. The main thread answers only when that thread fails
 * or is late (EditorDocuments.query). The protocol handlers are in completion.ts, hover.ts and navigation.ts; the
 * logic is in server/src/language/.
 */
import type { CompletionItem, CompletionParams, DefinitionParams, Hover, HoverParams, Location, Position, PrepareRenameParams, Range, ReferenceParams, RenameParams, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { MarkupKind } from 'vscode-languageserver-types';
import type { JsonFileKind } from '../core/connector';
import type { ParsedFile } from '../engine/parsedFile';
import { completionsAt } from '../language/completion';
import { hoverAt } from '../language/hover';
import { completionItems } from './completionItems';
import { definitionAt, prepareRenameAt, referencesAt, renameAt, type ConnectorDocuments, type FileRange } from '../language/references';
import type { ConnectorAt } from './editorServices';
import { capped } from './limits';
import { editorRange, editorRangeAt, engineTextOf, offsetInText, type EngineText } from './positions';

/** A request the checker thread answers, with what the main thread knows that it does not (the cap on references). */
export type EditorQuery =
	| { readonly method: 'completion'; readonly params: CompletionParams; readonly max: number }
	| { readonly method: 'hover'; readonly params: HoverParams }
	| { readonly method: 'definition'; readonly params: DefinitionParams }
	| { readonly method: 'references'; readonly params: ReferenceParams; readonly max: number }
	| { readonly method: 'prepareRename'; readonly params: PrepareRenameParams }
	| { readonly method: 'rename'; readonly params: RenameParams };

/** What each query answers. A rename the author cannot make is `refused`, with the message the editor shows. */
export interface QueryResults {
	/** At most the query's `max` items; `total` counts them all. */
	readonly completion: { readonly items: CompletionItem[]; readonly total: number };
	readonly hover: Hover | null;
	readonly definition: Location[];
	readonly references: { readonly locations: Location[]; readonly capped: boolean };
	readonly prepareRename: { readonly range: Range; readonly placeholder: string } | null;
	readonly rename: { readonly edit: WorkspaceEdit } | { readonly refused: string } | null;
}

export async function answerQuery<Q extends EditorQuery>(query: Q, connector: ConnectorAt): Promise<QueryResults[Q['method']]> {
	return (await answer(query, connector)) as QueryResults[Q['method']];
}

async function answer(query: EditorQuery, connector: ConnectorAt): Promise<QueryResults[EditorQuery['method']]> {
	const context = contextAt(connector, query.params.position);
	switch (query.method) {
		case 'completion': {
			if (!context) {
				return { items: [], total: 0 };
			}
			const { parsed, text, offset } = context;
			const all = await completionsAt({ kind: connector.kind, text: text.text, offset, doc: () => parsed.doc, swagger: async () => connector.input.swagger?.doc });
			return { items: completionItems(capped(all, query.max).items, text), total: all.length };
		}
		case 'hover': {
			if (!context) {
				return null;
			}
			const result = await hoverAt({ kind: connector.kind, doc: context.parsed.doc, offset: context.offset, swagger: async () => connector.input.swagger?.doc });
			return result ? { contents: { kind: MarkupKind.Markdown, value: result.contents }, range: editorRangeAt(context.text, result.range.offset, result.range.length) } : null;
		}
		case 'definition':
			return context ? locations(context, definitionAt(context.docs, connector.kind, context.offset)) : [];
		case 'references': {
			if (!context) {
				return { locations: [], capped: false };
			}
			const found = capped(referencesAt(context.docs, connector.kind, context.offset, query.params.context.includeDeclaration), query.max);
			return { locations: locations(context, found.items), capped: found.capped };
		}
		case 'prepareRename': {
			const prepared = context && prepareRenameAt(context.docs, connector.kind, context.offset);
			return context && prepared ? { range: editorRange(context.parsed, prepared.range), placeholder: prepared.placeholder } : null;
		}
		case 'rename':
			return context ? rename(context, query.params.newName) : null;
	}
}

/** The document a query is on, parsed, its text, the offset asked about, and the connector's documents that parsed as JSON. */
interface Context {
	readonly connector: ConnectorAt;
	readonly parsed: ParsedFile;
	readonly text: EngineText;
	readonly offset: number;
	readonly docs: ConnectorDocuments;
}

function contextAt(connector: ConnectorAt, position: Position): Context | undefined {
	const parsed = connector.input[connector.kind];
	if (!parsed) {
		return undefined;
	}
	const docs: Partial<Record<JsonFileKind, ParsedFile['doc']>> = {};
	for (const kind of ['swagger', 'apiProperties'] as const) {
		const file = connector.input[kind];
		if (file && !file.doc.fatal) {
			docs[kind] = file.doc;
		}
	}
	const text = engineTextOf(parsed);
	return { connector, parsed, text, offset: offsetInText(text, position), docs };
}

function locations(context: Context, ranges: readonly FileRange[]): Location[] {
	const result: Location[] = [];
	for (const { file, range } of ranges) {
		const uri = context.connector.uris[file];
		const parsed = context.connector.input[file];
		if (uri && parsed) {
			result.push({ uri, range: editorRange(parsed, range) });
		}
	}
	return result;
}

function rename(context: Context, newName: string): QueryResults['rename'] {
	const result = renameAt(context.docs, context.connector.kind, context.offset, newName);
	if (!result.ok) {
		return { refused: result.message };
	}
	const changes: Record<string, TextEdit[]> = {};
	for (const [file, edits] of Object.entries(result.edits) as [JsonFileKind, NonNullable<(typeof result.edits)[JsonFileKind]>][]) {
		const uri = context.connector.uris[file];
		const parsed = context.connector.input[file];
		if (!uri || !parsed) {
			continue;
		}
		changes[uri] = edits.map((edit) => ({ range: editorRangeAt(engineTextOf(parsed), edit.offset, edit.length), newText: edit.content }));
	}
	return { edit: { changes } };
}
