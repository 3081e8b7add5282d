/**
 * The units the language server checks and the bookkeeping around them: a unit is a connector folder (or one document
 * that is not a file), found or made on demand and dropped when it has nothing left to check or clear. Beside the units
 * this owns the workspace folders (files only on disk are checked inside them) and the URI the client used for each
 * file, so a file's diagnostics stay under one URI after it is closed. Scheduling is `scheduler.ts`'s, publishing
 * `publisher.ts`'s; a unit carries only what those need to remember between checks.
 */
import * as path from 'node:path';
import { artifactKindOf, fileKindOf, isTextArtifactKind } from '../core/connector';
import { baseNameOfUri, pathKey, pathOfUri, uriOfPath } from './uris';

/** A connector folder (or one non-file document) and what has been published for it. */
export interface Unit {
	/** `pathKey(folder)`, or the URI of a document that is not a file. */
	readonly key: string;
	readonly folder?: string;
	readonly uri?: string;
	/** Files this unit has published diagnostics for: file key → the URI published under. */
	readonly published: Map<string, string>;
	/** Keys in `published` that are artifacts (icon, script.csx, readme.md, intro.md): cleared by results, not by job lists. */
	readonly artifactKeys: Set<string>;
	/** The configuration of the last check, to re-check only when a settings change alters it. */
	lastConfig?: string;
	/**
	 * Checked by "Check All Connectors in Workspace" while only open connectors are checked: its findings stay
	 * published and follow file events until the server restarts.
	 */
	swept?: boolean;
}

/** A document the server checks: a connector file by its base name. */
export function isConnectorDocument(uri: string): boolean {
	return fileKindOf(baseNameOfUri(uri)) !== undefined;
}

/**
 * A text file beside a connector's definition that rules read (script.csx, readme.md, intro.md), open as a file:
 * checked with its folder's connector, its buffer over the disk. Never checked alone.
 */
export function isArtifactDocument(uri: string): boolean {
	const kind = artifactKindOf(baseNameOfUri(uri));
	return kind !== undefined && isTextArtifactKind(kind) && pathOfUri(uri) !== undefined;
}

/** The key of a document's file (`pathKey`), or its URI when it is not a file. */
export function keyOfUri(uri: string): string {
	const file = pathOfUri(uri);
	return file ? pathKey(file) : uri;
}

export function isUnder(file: string, root: string): boolean {
	const relative = path.relative(root, file);
	return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** The settings scope of a unit: its folder's URI, or the document's. */
export function scopeOf(unit: Unit): string {
	return unit.folder !== undefined ? uriOfPath(unit.folder) : unit.uri!;
}

export class Units {
	readonly #units = new Map<string, Unit>();
	/** The URI a client used for a file (by `pathKey`). */
	readonly #clientUris = new Map<string, string>();
	#roots: string[] = [];

	/** The unit of a document: its folder's, or its own when it is not a file. */
	forUri(uri: string): Unit {
		const file = pathOfUri(uri);
		return file ? this.forFolder(path.dirname(file)) : this.#unit(uri, { key: uri, uri });
	}

	forFolder(folder: string): Unit {
		return this.#unit(pathKey(folder), { key: pathKey(folder), folder });
	}

	all(): Unit[] {
		return [...this.#units.values()];
	}

	delete(unit: Unit): void {
		this.#units.delete(unit.key);
	}

	#unit(key: string, init: { key: string; folder?: string; uri?: string }): Unit {
		let unit = this.#units.get(key);
		if (!unit) {
			unit = { ...init, published: new Map(), artifactKeys: new Set() };
			this.#units.set(key, unit);
		}
		return unit;
	}

	get roots(): readonly string[] {
		return this.#roots;
	}

	setRoots(roots: readonly string[]): void {
		this.#roots = [...roots];
	}

	/** Applies a workspace folder change; returns the units whose folders are outside the workspace now. */
	changeRoots(added: readonly string[], removed: readonly string[]): Unit[] {
		this.#roots = [...this.#roots.filter((root) => !removed.includes(root)), ...added];
		return this.all().filter((unit) => unit.folder !== undefined && removed.some((root) => isUnder(unit.folder!, root)));
	}

	inWorkspace(folder: string): boolean {
		return this.#roots.some((root) => isUnder(folder, root));
	}

	/** Remembers the URI the client opened a file under. */
	rememberClientUri(uri: string): void {
		const file = pathOfUri(uri);
		if (file) {
			this.#clientUris.set(pathKey(file), uri);
		}
	}

	/** The URI to publish a file's diagnostics under: the client's, once it has opened the file. */
	uriOf(file: string): string {
		return this.#clientUris.get(pathKey(file)) ?? uriOfPath(file);
	}
}
