/** Hover: the protocol side; answered from the connector's parses (queries.ts), the logic in server/src/language/hover.ts. */
import type { Connection, Hover, ServerCapabilities } from 'vscode-languageserver/node';
import type { EditorServices } from './editorServices';
import { editorRequest } from './requests';

export const HOVER_CAPABILITIES: ServerCapabilities = { hoverProvider: true };

export function registerHover(connection: Connection, services: EditorServices): void {
	connection.onHover(
		editorRequest('Hover', services, (params) => params.textDocument.uri, null, async (params, checkpoint, token): Promise<Hover | null> => {
			const hover = await services.query(params.textDocument.uri, { method: 'hover', params }, token);
			checkpoint();
			return hover ?? null;
		}),
	);
}
