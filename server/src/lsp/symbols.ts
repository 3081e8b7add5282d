/** Document symbols (outline and breadcrumbs): the request; the symbols are outline.ts's, the logic server/src/language/symbols.ts's. */
import type { Connection, ServerCapabilities } from 'vscode-languageserver/node';
import { fileKindOf } from '../core/connector';
import type { EditorServices } from './editorServices';
import { editorRequest } from './requests';
import { baseNameOfUri } from './uris';
import { sizeOf } from './limits';

export const SYMBOLS_CAPABILITIES: ServerCapabilities = { documentSymbolProvider: { label: 'Connector' } };

export function registerSymbols(connection: Connection, services: EditorServices): void {
	connection.onDocumentSymbol(
		editorRequest('textDocument/documentSymbol', services, (params) => params.textDocument.uri, [], async (params, checkpoint, token) => {
			const uri = params.textDocument.uri;
			if (!fileKindOf(baseNameOfUri(uri))) {
				return [];
			}
			const max = await services.maxItems(uri);
			// After the wait, before asking for the outline: an outline asked for a version already gone is not computed.
			checkpoint();
			const outline = await services.outline(uri, max, token);
			if (!outline) {
				return [];
			}
			if (outline.left > 0) {
				services.notices.say(uri, services.version(uri) ?? 0, 'symbols', `The outline of ${baseNameOfUri(uri)} (${sizeOf(services.text(uri)?.length ?? 0)}) stops at ${max} symbols; ${outline.left} more are left out (connectorCertify.maxItemsComputed).`);
			}
			return outline.symbols;
		}),
	);
}
