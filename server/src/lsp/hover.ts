/** Hover: the protocol side; the logic is in server/src/language/hover.ts. */
import { MarkupKind, type Connection, type Hover, type ServerCapabilities } from 'vscode-languageserver/node';
import { hoverAt } from '../language/hover';
import { fileKindOf } from '../core/connector';
import { swaggerOf } from './completion';
import type { EditorServices } from './editorServices';
import { editorRangeAt, engineTextOf, offsetInText } from './positions';
import { baseNameOfUri } from './uris';

export const HOVER_CAPABILITIES: ServerCapabilities = { hoverProvider: true };

export function registerHover(connection: Connection, services: EditorServices): void {
	connection.onHover(async (params): Promise<Hover | null> => {
		try {
			const uri = params.textDocument.uri;
			const kind = fileKindOf(baseNameOfUri(uri));
			const parsed = kind ? services.parsed(uri) : undefined;
			if (!kind || !parsed) {
				return null;
			}
			const text = engineTextOf(parsed);
			const result = await hoverAt({ kind, doc: parsed.doc, offset: offsetInText(text, params.position), swagger: swaggerOf(services, uri) });
			if (!result) {
				return null;
			}
			return {
				contents: { kind: MarkupKind.Markdown, value: result.contents },
				range: editorRangeAt(text, result.range.offset, result.range.length),
			};
		} catch (error) {
			services.log.error(`Hover failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
			return null;
		}
	});
}
