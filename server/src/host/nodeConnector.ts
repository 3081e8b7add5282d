/**
 * Reading connectors from disk for the CLI and for files the editor has not opened. Only the connector's own files
 * (the two JSON files, icon.png, script.csx, readme.md, intro.md) are read, only from the folder itself; nothing is
 * written.
 */
import { accessSync, closeSync, constants as fsConstants, fstatSync, openSync, readdirSync, readFileSync, type Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import * as path from 'node:path';
import { ARTIFACT_KINDS, FILE_KINDS, JSON_FILE_KINDS, findConnectorFiles, type FileKind, type TextArtifactKind } from '../core/connector';
import { textArtifact, type BinaryArtifact, type TextArtifact } from '../engine/artifacts';
import type { ParsedFile } from '../engine/parsedFile';
import { parseBytesNatively } from './nativeUtf8';
import type { ConnectorInput } from '../engine/run';

/** Files larger than this are reported, not parsed: the largest real connector is 1.1 MB. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export interface ConnectorOnDisk {
	readonly folder: string;
	/** Absolute paths of the connector's files that exist. */
	readonly paths: Readonly<Partial<Record<FileKind, string>>>;
	/** The base names in the folder (files and folders), for folder-level rules. */
	readonly entries?: readonly string[];
}

export interface LoadedConnector extends ConnectorOnDisk {
	readonly input: ConnectorInput;
	/** Files that exist but could not be read (permissions, too large): kind → one-line reason. */
	readonly unreadable: Readonly<Partial<Record<FileKind, string>>>;
}

/** The connector whose files are among `names` (the entries of `folder`), or undefined. */
function connectorIn(folder: string, names: readonly string[]): ConnectorOnDisk | undefined {
	const files = findConnectorFiles(names);
	if (!files) {
		return undefined;
	}
	const paths: Partial<Record<FileKind, string>> = {};
	for (const kind of FILE_KINDS) {
		const name = files[kind];
		if (name) {
			paths[kind] = path.join(folder, name);
		}
	}
	return { folder, paths, entries: names };
}

/**
 * The connector in a folder, or undefined when the folder holds no connector files. Listed asynchronously: the
 * language server asks on its main thread, for whatever folder an opened file sits in.
 */
export async function connectorInFolder(folder: string): Promise<ConnectorOnDisk | undefined> {
	return connectorIn(folder, await readdir(folder));
}

/** Folders listed between yields to the event loop (see findConnectorFolders). */
const FOLDERS_PER_TURN = 32;

/**
 * Every connector folder under `root` (the root itself included), depth first in name order. Skips `node_modules`
 * and dot folders, and does not follow symbolic links (no cycles, no escaping the tree). Each folder is listed once,
 * synchronously (a listing takes a fraction of a millisecond; each asynchronous one was a trip through libuv's thread
 * pool), with a yield to the event loop every FOLDERS_PER_TURN folders: the language server walks a workspace on its
 * main thread, which must keep answering the editor however large the tree.
 */
export async function findConnectorFolders(root: string): Promise<ConnectorOnDisk[]> {
	const found: ConnectorOnDisk[] = [];
	const pending = [root];
	for (let listed = 1; pending.length > 0; listed++) {
		if (listed % FOLDERS_PER_TURN === 0) {
			await new Promise((resolve) => setImmediate(resolve));
		}
		const folder = pending.pop()!;
		let entries: Dirent[];
		try {
			if (folder !== root) {
				accessSync(folder, fsConstants.R_OK | fsConstants.X_OK);
			}
			entries = readdirSync(folder, { withFileTypes: true });
		} catch (error) {
			// A subfolder that cannot be listed or entered (permissions, vanished meanwhile) holds nothing we can check;
			// the root itself is the user's argument, so its errors propagate.
			if (folder === root) {
				throw error;
			}
			continue;
		}
		const connector = connectorIn(folder, entries.map((entry) => entry.name));
		if (connector) {
			found.push(connector);
		}
		// Last name first onto the stack, so the first is listed next.
		entries.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
		for (const entry of entries) {
			if (entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules') {
				pending.push(path.join(folder, entry.name));
			}
		}
	}
	return found;
}

/**
 * A file's bytes, or why they cannot be read (a one-line reason starting with the path). The reads are synchronous:
 * connector files are a few small local files, and each asynchronous read was five trips through libuv's thread
 * pool (stat, open, stat, read, close), which left a CLI run over 400 small connectors idle a fifth of the time. The
 * file is opened without blocking and must be a regular file, so a named pipe in a connector folder cannot hang a run.
 */
export function readRegularFile(file: string): Uint8Array | string {
	let fd: number | undefined;
	try {
		fd = openSync(file, fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0));
		const stat = fstatSync(fd);
		if (!stat.isFile()) {
			return `${file}: ${stat.isDirectory() ? 'a folder, not a file' : 'not a regular file (a pipe, socket or device)'}`;
		}
		if (stat.size > MAX_FILE_BYTES) {
			return `${file}: the file is ${(stat.size / 1048576).toFixed(1)} MB, over the ${MAX_FILE_BYTES / 1048576} MB this tool reads`;
		}
		return readFileSync(fd);
	} catch (error) {
		return `${file}: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}: ${(error as Error).message}`;
	} finally {
		if (fd !== undefined) {
			closeSync(fd);
		}
	}
}

/** One connector JSON file read and parsed, or why it could not be (a one-line reason starting with the path). */
export async function readParsed(file: string): Promise<ParsedFile | string> {
	const bytes = readRegularFile(file);
	return typeof bytes === 'string' ? bytes : parseBytesNatively(bytes);
}

/**
 * Reads and parses a connector's files. `overrides` supplies already parsed files and `openArtifacts` the text of
 * script.csx, readme.md or intro.md (open editor buffers); those are not read from disk.
 */
export async function loadConnector(
	connector: ConnectorOnDisk,
	overrides: Partial<Record<FileKind, ParsedFile>> = {},
	openArtifacts: Readonly<Partial<Record<TextArtifactKind, TextArtifact>>> = {},
): Promise<LoadedConnector> {
	const parsed: Partial<Record<FileKind, ParsedFile>> = {};
	const unreadable: Partial<Record<FileKind, string>> = {};
	const artifacts: { icon?: BinaryArtifact; script?: TextArtifact; readme?: TextArtifact; intro?: TextArtifact } = {};
	for (const kind of ARTIFACT_KINDS) {
		const file = connector.paths[kind];
		const open = kind === 'icon' ? undefined : openArtifacts[kind];
		if (open) {
			artifacts[kind as TextArtifactKind] = open;
			continue;
		}
		if (!file) {
			continue;
		}
		const bytes = readRegularFile(file);
		if (typeof bytes === 'string') {
			unreadable[kind] = bytes;
		} else if (kind === 'icon') {
			artifacts.icon = { fileName: path.basename(file), bytes };
		} else {
			artifacts[kind] = textArtifact(path.basename(file), bytes);
		}
	}
	for (const kind of JSON_FILE_KINDS) {
		const file = connector.paths[kind];
		if (overrides[kind]) {
			parsed[kind] = overrides[kind];
		} else if (file) {
			const result = await readParsed(file);
			if (typeof result === 'string') {
				unreadable[kind] = result;
			} else {
				parsed[kind] = result;
			}
		}
	}
	return {
		...connector,
		input: { swagger: parsed.swagger, apiProperties: parsed.apiProperties, folderPath: connector.folder, folderEntries: connector.entries, artifacts },
		unreadable,
	};
}
