/** Hover: the protocol side; the logic is in server/src/language/hover.ts. */
import { MarkupKind, type Connection, type Hover, type ServerCapabilities } from 'vscode-languageserver/node';
import { hoverAt } from '../language/hover';
import { cursorRequest, rangeOf } from './completion';
import type { EditorServices } from './editorServices';

export const HOVER_CAPABILITIES: ServerCapabilities = { hoverProvider: true };

export function registerHover(connection: Connection, services: EditorServices): void {
	connection.onHover(async (params): Promise<Hover | null> => {
		try {
			const cursor = cursorRequest(services, params.textDocument.uri, params.position);
			if (!cursor) {
				return null;
			}
			const result = await hoverAt(cursor.request);
			if (!result) {
				return null;
			}
			return {
				contents: { kind: MarkupKind.Markdown, value: result.contents },
				range: rangeOf(cursor.parsed, result.range.offset, result.range.length),
			};
		} catch (error) {
			services.log.error(`Hover failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
			return null;
		}
	});
}
