/** Document symbols (outline and breadcrumbs): the protocol side; the logic is in server/src/language/symbols.ts. */
import { SymbolKind, type Connection, type DocumentSymbol, type ServerCapabilities } from 'vscode-languageserver/node';
import { fileKindOf } from '../core/connector';
import type { ParsedFile } from '../engine/parsedFile';
import { documentSymbols, type OutlineKind, type OutlineSymbol } from '../language/symbols';
import type { EditorServices } from './editorServices';
import { editorRange } from './positions';
import { baseNameOfUri } from './uris';

export const SYMBOLS_CAPABILITIES: ServerCapabilities = { documentSymbolProvider: { label: 'Connector' } };

const SYMBOL_KINDS: Record<OutlineKind, SymbolKind> = {
	namespace: SymbolKind.Namespace,
	module: SymbolKind.Module,
	method: SymbolKind.Method,
	class: SymbolKind.Class,
	variable: SymbolKind.Variable,
	interface: SymbolKind.Interface,
	key: SymbolKind.Key,
	property: SymbolKind.Property,
	object: SymbolKind.Object,
};

function toProtocol(parsed: ParsedFile, symbol: OutlineSymbol): DocumentSymbol {
	return {
		name: symbol.name,
		...(symbol.detail !== undefined ? { detail: symbol.detail } : {}),
		kind: SYMBOL_KINDS[symbol.kind],
		range: editorRange(parsed, symbol.range),
		selectionRange: editorRange(parsed, symbol.selectionRange),
		...(symbol.children ? { children: symbol.children.map((child) => toProtocol(parsed, child)) } : {}),
	};
}

export function registerSymbols(connection: Connection, services: EditorServices): void {
	connection.onDocumentSymbol((params) => {
		try {
			const kind = fileKindOf(baseNameOfUri(params.textDocument.uri));
			const parsed = kind ? services.parsed(params.textDocument.uri) : undefined;
			if (!kind || !parsed) {
				return [];
			}
			return documentSymbols(kind, parsed.doc).map((symbol) => toProtocol(parsed, symbol));
		} catch (error) {
			services.log.error(`textDocument/documentSymbol failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
			return [];
		}
	});
}
