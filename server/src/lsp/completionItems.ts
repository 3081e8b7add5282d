/**
 * Completion entries as the protocol's items, made where they are computed: the main thread or the checker thread of
 * open documents (queries.ts). Apart from completion.ts, the request's handler, so that a checker thread never loads
 * the language server library: it takes the protocol's constants from vscode-languageserver-types.
 */
import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem } from 'vscode-languageserver-types';
import type { CompletionEntry, CompletionKind } from '../language/completion';
import { editorRangeAt, type EngineText } from './positions';

const ITEM_KINDS: Record<CompletionKind, CompletionItemKind> = {
	property: CompletionItemKind.Property,
	value: CompletionItemKind.EnumMember,
	operation: CompletionItemKind.Function,
	reference: CompletionItemKind.Reference,
	variable: CompletionItemKind.Variable,
	snippet: CompletionItemKind.Snippet,
};

/** Completion entries as the protocol's items, in `text`'s editor positions, in the order the logic chose. */
export function completionItems(entries: readonly CompletionEntry[], text: EngineText): CompletionItem[] {
	return entries.map((entry, index) => ({
		label: entry.label,
		kind: ITEM_KINDS[entry.kind],
		detail: entry.detail,
		documentation: entry.documentation ? { kind: MarkupKind.Markdown, value: entry.documentation } : undefined,
		filterText: entry.filterText,
		// Keep the order the logic chose (keys by the catalog's order, values as listed).
		sortText: String(index).padStart(5, '0'),
		insertTextFormat: entry.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
		textEdit: { range: editorRangeAt(text, entry.range.offset, entry.range.length), newText: entry.insertText },
	}));
}
