/** Hover: the protocol side; the logic is in server/src/language/hover.ts. */
import { MarkupKind, type Connection, type Hover, type ServerCapabilities } from 'vscode-languageserver/node';
import { hoverAt } from '../language/hover';
import { fileKindOf } from '../core/connector';
import { swaggerOf } from './completion';
import type { EditorServices } from './editorServices';
import { editorRangeAt, engineTextOf, offsetInText } from './positions';
import { editorRequest } from './requests';
import { baseNameOfUri } from './uris';

export const HOVER_CAPABILITIES: ServerCapabilities = { hoverProvider: true };

export function registerHover(connection: Connection, services: EditorServices): void {
	connection.onHover(
		editorRequest('Hover', services, (params) => params.textDocument.uri, null, async (params, checkpoint): Promise<Hover | null> => {
			const uri = params.textDocument.uri;
			const kind = fileKindOf(baseNameOfUri(uri));
			const parsed = kind ? services.parsed(uri) : undefined;
			if (!kind || !parsed) {
				return null;
			}
			const text = engineTextOf(parsed);
			const result = await hoverAt({ kind, doc: parsed.doc, offset: offsetInText(text, params.position), swagger: swaggerOf(services, uri) });
			checkpoint();
			if (!result) {
				return null;
			}
			return {
				contents: { kind: MarkupKind.Markdown, value: result.contents },
				range: editorRangeAt(text, result.range.offset, result.range.length),
			};
		}),
	);
}
