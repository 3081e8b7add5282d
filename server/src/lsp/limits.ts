/**
 * What the language server does for documents of any size without stalling or running out of memory (issue 17), in
 * the spirit of VS Code's JSON service and its `json.maxItemsComputed`: the main thread parses a document for the
 * editor features only up to a size whose parse stays within a frame or two; lists (outline, references, completion,
 * code actions) stop at `connectorCertify.maxItemsComputed` entries; and very large documents are checked on a thread
 * of their own, so they never hold up the squiggles of the connectors beside them. Each limit reached is logged once
 * per document and version, never silently.
 */
import type { Logger } from './checker';

/**
 * Documents longer than this (in UTF-16 code units) are not parsed on the main thread: the editor features are off
 * for them. 2 Mi characters parse in about 50 ms here, and Microsoft's own limit for a definition is 1 MB (the
 * largest certified one, Encodian, is 1.1 MB), so no connector that can be submitted reaches it.
 */
export const EDITOR_MAX_CHARS = 2 * 1024 * 1024;

/** Open documents longer than this are checked on the large-document thread (see `Checker` in languageServer.ts). */
export const LARGE_DOCUMENT_CHARS = EDITOR_MAX_CHARS;

/**
 * A connector whose check of open buffers takes longer than this is checked on the large-document thread from then
 * on, whatever its size: Encodian, the largest real connector, takes about 0.2 s, so only generated or absurd
 * documents get there, and the connectors opened beside them keep their own thread.
 */
export const HEAVY_CHECK_MS = 1500;

/** The default of `connectorCertify.maxItemsComputed`: VS Code's JSON service computes at most 5,000 items too. */
export const DEFAULT_MAX_ITEMS = 5000;

/** The setting's bounds: fewer than 100 items would hide a normal connector's outline; more than a million is no limit. */
export const MIN_MAX_ITEMS = 100;
export const MAX_MAX_ITEMS = 1_000_000;

/** `connectorCertify.maxItemsComputed` from raw settings: the default when unset or not a number in bounds. */
export function maxItemsOf(raw: unknown, warn: (message: string) => void): number {
	const value = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as { maxItemsComputed?: unknown }).maxItemsComputed : undefined;
	if (value === undefined || value === null) {
		return DEFAULT_MAX_ITEMS;
	}
	if (typeof value !== 'number' || !Number.isInteger(value) || value < MIN_MAX_ITEMS || value > MAX_MAX_ITEMS) {
		warn(`Ignoring "connectorCertify.maxItemsComputed": ${JSON.stringify(value)} is not a whole number from ${MIN_MAX_ITEMS} to ${MAX_MAX_ITEMS}; using ${DEFAULT_MAX_ITEMS}.`);
		return DEFAULT_MAX_ITEMS;
	}
	return value;
}

/** Says once per document, version and kind of limit that a limit was reached (the editor's log, not a pop-up). */
export class LimitNotices {
	readonly #said = new Map<string, string>();
	readonly #log: Logger;

	constructor(log: Logger) {
		this.#log = log;
	}

	/** Logs `message` unless it was said already for this document's `version` and this `what`. */
	say(uri: string, version: number, what: string, message: string): void {
		const key = `${what}\u0000${uri}`;
		if (this.#said.get(key) === String(version)) {
			return;
		}
		this.#said.set(key, String(version));
		this.#log.info(message);
	}

	/** Forgets a closed document. */
	forget(uri: string): void {
		for (const key of [...this.#said.keys()]) {
			if (key.endsWith(`\u0000${uri}`)) {
				this.#said.delete(key);
			}
		}
	}
}

/** The first `max` items, and whether any were left out. */
export function capped<T>(items: T[], max: number): { readonly items: T[]; readonly capped: boolean };
export function capped<T>(items: readonly T[], max: number): { readonly items: readonly T[]; readonly capped: boolean };
export function capped<T>(items: readonly T[], max: number): { readonly items: readonly T[]; readonly capped: boolean } {
	return items.length > max ? { items: items.slice(0, max), capped: true } : { items, capped: false };
}

/** A size for messages: "15.2 MB". */
export function sizeOf(chars: number): string {
	return `${(chars / 1048576).toFixed(1)} MB`;
}
