/**
 * Navigation: go to definition, find references and rename for `$ref`s and operationId references, across
 * apiDefinition.swagger.json and apiProperties.json. The protocol side; answered from the connector's parses
 * (queries.ts), the logic in server/src/language/references.ts.
 */
import { LSPErrorCodes, ResponseError, type Connection, type ServerCapabilities, type WorkspaceEdit } from 'vscode-languageserver/node';
import type { EditorServices } from './editorServices';
import { editorRequest } from './requests';
import { baseNameOfUri } from './uris';

export const NAVIGATION_CAPABILITIES: ServerCapabilities = {
	definitionProvider: true,
	referencesProvider: true,
	renameProvider: { prepareProvider: true },
};

export function registerNavigation(connection: Connection, services: EditorServices): void {
	connection.onDefinition(
		editorRequest('textDocument/definition', services, (params) => params.textDocument.uri, [], async (params, checkpoint, token) => {
			const locations = await services.query(params.textDocument.uri, { method: 'definition', params }, token);
			checkpoint();
			return locations ?? [];
		}),
	);

	connection.onReferences(
		editorRequest('textDocument/references', services, (params) => params.textDocument.uri, [], async (params, checkpoint, token) => {
			const uri = params.textDocument.uri;
			const max = await services.maxItems(uri);
			checkpoint();
			const found = await services.query(uri, { method: 'references', params, max }, token);
			checkpoint();
			if (found?.capped) {
				services.notices.say(uri, services.version(uri) ?? 0, 'references', `Find references in ${baseNameOfUri(uri)} stops at ${max} places (connectorCertify.maxItemsComputed).`);
			}
			return found?.locations ?? [];
		}),
	);

	connection.onPrepareRename(
		editorRequest('textDocument/prepareRename', services, (params) => params.textDocument.uri, null, async (params, checkpoint, token) => {
			const prepared = await services.query(params.textDocument.uri, { method: 'prepareRename', params }, token);
			checkpoint();
			return prepared ?? null;
		}),
	);

	connection.onRenameRequest(
		editorRequest('textDocument/rename', services, (params) => params.textDocument.uri, null, async (params, checkpoint, token): Promise<WorkspaceEdit | ResponseError | null> => {
			const renamed = await services.query(params.textDocument.uri, { method: 'rename', params }, token);
			checkpoint();
			if (!renamed) {
				return null;
			}
			// A refusal is shown to the author instead of applying anything.
			return 'refused' in renamed ? new ResponseError(LSPErrorCodes.RequestFailed, renamed.refused) : renamed.edit;
		}),
	);
}
