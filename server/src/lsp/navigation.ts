/**
 * Navigation: go to definition, find references and rename for `$ref`s and operationId references, across
 * apiDefinition.swagger.json and apiProperties.json. The protocol side; the logic is in
 * server/src/language/references.ts.
 */
import {
	LSPErrorCodes,
	ResponseError,
	type Connection,
	type Location,
	type Position,
	type ServerCapabilities,
	type TextEdit,
	type WorkspaceEdit,
} from 'vscode-languageserver/node';
import type { JsonFileKind } from '../core/connector';
import type { ParsedFile } from '../engine/parsedFile';
import { definitionAt, prepareRenameAt, referencesAt, renameAt, type ConnectorDocuments, type FileRange } from '../language/references';
import type { ConnectorAt, EditorServices } from './editorServices';
import { editorRange, editorRangeAt, engineTextOf, offsetInText } from './positions';
import { capped } from './limits';
import { editorRequest } from './requests';
import { baseNameOfUri } from './uris';

export const NAVIGATION_CAPABILITIES: ServerCapabilities = {
	definitionProvider: true,
	referencesProvider: true,
	renameProvider: { prepareProvider: true },
};

interface Context {
	readonly connector: ConnectorAt;
	readonly docs: ConnectorDocuments;
	readonly offset: number;
}

async function contextAt(services: EditorServices, uri: string, position: Position): Promise<Context | undefined> {
	const connector = await services.connector(uri);
	const parsed = connector?.input[connector.kind];
	if (!connector || !parsed) {
		return undefined;
	}
	const docs: Partial<Record<JsonFileKind, ParsedFile['doc']>> = {};
	for (const kind of ['swagger', 'apiProperties'] as const) {
		const file = connector.input[kind];
		if (file && !file.doc.fatal) {
			docs[kind] = file.doc;
		}
	}
	return { connector, docs, offset: offsetInText(engineTextOf(parsed), position) };
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

export function registerNavigation(connection: Connection, services: EditorServices): void {
	connection.onDefinition(
		editorRequest('textDocument/definition', services, (params) => params.textDocument.uri, [], async (params, checkpoint) => {
			const context = await contextAt(services, params.textDocument.uri, params.position);
			checkpoint();
			return context ? locations(context, definitionAt(context.docs, context.connector.kind, context.offset)) : [];
		}),
	);

	connection.onReferences(
		editorRequest('textDocument/references', services, (params) => params.textDocument.uri, [], async (params, checkpoint) => {
			const uri = params.textDocument.uri;
			const context = await contextAt(services, uri, params.position);
			if (!context) {
				return [];
			}
			const max = await services.maxItems(uri);
			checkpoint();
			const found = capped(referencesAt(context.docs, context.connector.kind, context.offset, params.context.includeDeclaration), max);
			if (found.capped) {
				services.notices.say(uri, services.version(uri) ?? 0, 'references', `Find references in ${baseNameOfUri(uri)} stops at ${max} places (connectorCertify.maxItemsComputed).`);
			}
			return locations(context, found.items);
		}),
	);

	connection.onPrepareRename(
		editorRequest('textDocument/prepareRename', services, (params) => params.textDocument.uri, null, async (params, checkpoint) => {
			const context = await contextAt(services, params.textDocument.uri, params.position);
			checkpoint();
			const prepared = context && prepareRenameAt(context.docs, context.connector.kind, context.offset);
			if (!context || !prepared) {
				return null;
			}
			return { range: editorRange(context.connector.input[context.connector.kind]!, prepared.range), placeholder: prepared.placeholder };
		}),
	);

	connection.onRenameRequest(
		editorRequest('textDocument/rename', services, (params) => params.textDocument.uri, null, async (params, checkpoint): Promise<WorkspaceEdit | ResponseError | null> => {
			const context = await contextAt(services, params.textDocument.uri, params.position);
			checkpoint();
			if (!context) {
				return null;
			}
			const result = renameAt(context.docs, context.connector.kind, context.offset, params.newName);
			if (!result.ok) {
				// The editor shows this message to the author instead of applying anything.
				return new ResponseError(LSPErrorCodes.RequestFailed, result.message);
			}
			const changes: Record<string, TextEdit[]> = {};
			for (const [file, edits] of Object.entries(result.edits) as [JsonFileKind, NonNullable<(typeof result.edits)[JsonFileKind]>][]) {
				const uri = context.connector.uris[file];
				const parsed = context.connector.input[file];
				if (!uri || !parsed) {
					continue;
				}
				changes[uri] = edits.map((edit) => ({
					range: editorRangeAt(engineTextOf(parsed), edit.offset, edit.length),
					newText: edit.content,
				}));
			}
			return { changes } satisfies WorkspaceEdit;
		}),
	);
}
