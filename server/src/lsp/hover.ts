/** Hover: the protocol side; the logic is in server/src/language/hover.ts. */
import { MarkupKind, type Connection, type Hover, type ServerCapabilities } from 'vscode-languageserver/node';
import { hoverAt } from '../language/hover';
import { connectorDocument, offsetOf, rangeOf, swaggerFor } from './completion';
import type { EditorServices } from './editorServices';

export const HOVER_CAPABILITIES: ServerCapabilities = { hoverProvider: true };

export function registerHover(connection: Connection, services: EditorServices): void {
	connection.onHover(async (params): Promise<Hover | null> => {
		try {
			const document = connectorDocument(services, params.textDocument.uri);
			if (!document) {
				return null;
			}
			const { kind, parsed } = document;
			const result = await hoverAt({
				kind,
				doc: parsed.doc,
				offset: offsetOf(parsed, params.position),
				swagger: swaggerFor(services, params.textDocument.uri),
			});
			if (!result) {
				return null;
			}
			return {
				contents: { kind: MarkupKind.Markdown, value: result.contents },
				range: rangeOf(parsed, result.range.offset, result.range.length),
			};
		} catch (error) {
			services.log.error(`Hover failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
			return null;
		}
	});
}
