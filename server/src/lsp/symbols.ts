/** Document symbols (outline and breadcrumbs): the protocol side; the logic is in server/src/language/symbols.ts. */
import { SymbolKind, type Connection, type DocumentSymbol, type ServerCapabilities } from 'vscode-languageserver/node';
import { fileKindOf, type JsonFileKind } from '../core/connector';
import type { ParsedFile } from '../engine/parsedFile';
import { documentSymbols, type OutlineKind, type OutlineSymbol } from '../language/symbols';
import type { EditorServices, Outline } from './editorServices';
import { editorRange } from './positions';
import { editorRequest } from './requests';
import { baseNameOfUri } from './uris';
import { sizeOf } from './limits';

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

/** The first `max` symbols in document order (parents before their children); `left` counts what was left out. */
function capSymbols(symbols: readonly OutlineSymbol[], max: number): { symbols: OutlineSymbol[]; left: number } {
	let room = max;
	let left = 0;
	const take = (list: readonly OutlineSymbol[]): OutlineSymbol[] => {
		const kept: OutlineSymbol[] = [];
		for (const symbol of list) {
			if (room === 0) {
				left += 1 + count(symbol.children ?? []);
				continue;
			}
			room--;
			kept.push(symbol.children ? { ...symbol, children: take(symbol.children) } : symbol);
		}
		return kept;
	};
	const count = (list: readonly OutlineSymbol[]): number => list.reduce((sum, symbol) => sum + 1 + count(symbol.children ?? []), 0);
	return { symbols: take(symbols), left };
}

/** The outline of a parsed connector file, at most `max` symbols; run where the parse is (a checker thread, see EditorServices.outline). */
export function outlineOf(kind: JsonFileKind, parsed: ParsedFile, max: number): Outline {
	const { symbols, left } = capSymbols(documentSymbols(kind, parsed.doc), max);
	return { symbols: symbols.map((symbol) => toProtocol(parsed, symbol)), left };
}

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
