/**
 * Reading connectors from disk for the CLI and for files the editor has not opened. Only the connector's own files
 * (the two JSON files, icon.png, script.csx, readme.md, intro.md) are read, only from the folder itself; nothing is
 * written.
 */
import { constants as fsConstants, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { ARTIFACT_KINDS, FILE_KINDS, JSON_FILE_KINDS, findConnectorFiles, type FileKind, type TextArtifactKind } from '../core/connector';
import { textArtifact, type BinaryArtifact, type TextArtifact } from '../engine/artifacts';
import { parseBytes, type ParsedFile } from '../engine/parsedFile';
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

/** The connector in a folder, or undefined when the folder holds no connector files. */
export async function connectorInFolder(folder: string): Promise<ConnectorOnDisk | undefined> {
	const names = await fs.readdir(folder);
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
 * Every connector folder under `root` (the root itself included), depth first in name order. Skips `node_modules`
 * and dot folders, and does not follow symbolic links (no cycles, no escaping the tree).
 */
export async function findConnectorFolders(root: string): Promise<ConnectorOnDisk[]> {
	const found: ConnectorOnDisk[] = [];
	const visit = async (folder: string) => {
		if (folder !== root) {
			// A subfolder that cannot be listed (permissions, vanished meanwhile) holds nothing we can check; the
			// root itself is the user's argument, so its errors propagate.
			try {
				await fs.access(folder, fsConstants.R_OK | fsConstants.X_OK);
			} catch {
				return;
			}
		}
		const connector = await connectorInFolder(folder);
		if (connector) {
			found.push(connector);
		}
		const entries = await fs.readdir(folder, { withFileTypes: true });
		entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
		for (const entry of entries) {
			if (entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules') {
				await visit(path.join(folder, entry.name));
			}
		}
	};
	await visit(root);
	return found;
}

/** One connector JSON file read and parsed, or why it could not be (a one-line reason starting with the path). */
export async function readParsed(file: string): Promise<ParsedFile | string> {
	try {
		const stat = await fs.stat(file);
		if (stat.size > MAX_FILE_BYTES) {
			return `${file}: the file is ${(stat.size / 1048576).toFixed(1)} MB, over the ${MAX_FILE_BYTES / 1048576} MB this tool reads`;
		}
		return parseBytes(await fs.readFile(file));
	} catch (error) {
		return `${file}: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}: ${(error as Error).message}`;
	}
}

async function readBytes(file: string): Promise<Uint8Array | string> {
	try {
		const stat = await fs.stat(file);
		if (stat.size > MAX_FILE_BYTES) {
			return `${file}: the file is ${(stat.size / 1048576).toFixed(1)} MB, over the ${MAX_FILE_BYTES / 1048576} MB this tool reads`;
		}
		return await fs.readFile(file);
	} catch (error) {
		return `${file}: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}: ${(error as Error).message}`;
	}
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
		const bytes = await readBytes(file);
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
