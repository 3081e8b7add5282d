/**
 * The outline of a connector file as the protocol's document symbols, computed where the parse is (a checker thread,
 * see EditorServices.outline). Apart from symbols.ts, the request's handler, so that a checker thread never loads the
 * language server library: it takes the protocol's constants from vscode-languageserver-types.
 */
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import type { JsonFileKind } from '../core/connector';
import type { ParsedFile } from '../engine/parsedFile';
import { documentSymbols, type OutlineKind, type OutlineSymbol } from '../language/symbols';
import type { Outline } from './editorServices';
import { editorRange } from './positions';

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
