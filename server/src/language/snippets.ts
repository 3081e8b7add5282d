/**
 * Snippets kept as data in `snippets/` and offered as completion items only where they fit. (Stub: to be
 * implemented; completion calls `snippetCompletions`.)
 */
import type { JsonFileKind } from '../core/connector';
import type { JsonPath } from '../core/json';

export interface SnippetCompletion {
	/** Shown in the list. */
	readonly label: string;
	/** One line: what the snippet inserts. */
	readonly detail: string;
	/** LSP snippet syntax (`${1:placeholder}`), as inserted in place of the key being typed. */
	readonly body: string;
	/** Markdown shown in the completion's documentation pane. */
	readonly documentation?: string;
}

export interface SnippetLocation {
	readonly kind: JsonFileKind;
	/** The path of the object the cursor is in (e.g. `['paths', '/invoices']` for a path item). */
	readonly objectPath: JsonPath;
	/** True when the cursor is where a property key is typed (not inside a value). */
	readonly atKey: boolean;
}

/** The snippets that fit at a location (empty when none does). */
export function snippetCompletions(_location: SnippetLocation): SnippetCompletion[] {
	return [];
}
