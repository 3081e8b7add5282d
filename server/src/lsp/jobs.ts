/**
 * What checking a unit means, decided afresh each time its timer fires: which files, each from its open buffer or the
 * disk. A folder's connector is one job (both definition files, open buffers over the disk, and the open text files
 * beside them that rules read); an open connector file outside it (a folder that is not a connector, or one beside
 * another definition) is a job of its own. Files only on disk are checked inside the workspace, and beside an open
 * document anywhere. Kept apart from the server so the choice reads as one piece, given the open documents.
 */
import * as path from 'node:path';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { FILE_KINDS, JSON_FILE_KINDS, TEXT_ARTIFACT_KINDS, artifactKindOf, fileKindOf, type FileKind } from '../core/connector';
import type { EngineConfig } from '../engine/index';
import { connectorInFolder } from '../host/nodeConnector';
import type { Logger } from './checker';
import type { PlannedCheck } from './scheduler';
import { isArtifactDocument, isConnectorDocument, keyOfUri, type Unit } from './units';
import { baseNameOfUri, pathKey, pathOfUri } from './uris';
import type { OpenFile } from './workerProtocol';

/** One file of a check: where it is and, when open, the buffer. */
export interface JobFile {
	readonly key: string;
	readonly uri: string;
	readonly path?: string;
	readonly open?: OpenFile;
}

export type Job = Partial<Record<FileKind, JobFile>>;

/** What the job list needs of the server. */
export interface JobContext {
	/** Whether a folder is inside a workspace folder. */
	inWorkspace(folder: string): boolean;
	/** The URI to publish a file on disk under. */
	uriOf(file: string): string;
	readonly log: Logger;
}

function describe(error: unknown): string {
	return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/** The open connector documents (and text artifacts) a unit covers, among `documents`. */
export function openDocumentsOf(unit: Unit, documents: readonly TextDocument[]): TextDocument[] {
	return documents.filter((document) => {
		const connectorFile = isConnectorDocument(document.uri);
		if (!connectorFile && !isArtifactDocument(document.uri)) {
			return false;
		}
		if (unit.uri !== undefined) {
			return connectorFile && document.uri === unit.uri;
		}
		const file = pathOfUri(document.uri);
		return file !== undefined && pathKey(path.dirname(file)) === unit.key;
	});
}

function openFileOf(document: TextDocument): OpenFile {
	return { uri: document.uri, version: document.version, text: document.getText() };
}

/** The checks a unit needs now (`open`: its open documents): its connector, and any open connector file outside it. */
export async function jobsOf(unit: Unit, open: readonly TextDocument[], context: JobContext): Promise<Job[]> {
	const openByKey = new Map(open.map((document) => [keyOfUri(document.uri), document]));
	const jobs: Job[] = [];
	const covered = new Set<string>();
	const onDisk = unit.folder !== undefined && (open.length > 0 || context.inWorkspace(unit.folder));
	if (onDisk) {
		let connector;
		try {
			connector = await connectorInFolder(unit.folder!);
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			if (code !== 'ENOENT' && code !== 'ENOTDIR') {
				context.log.warn(`Cannot read the folder ${unit.folder}: ${describe(error)}`);
			}
		}
		if (connector) {
			const job: Job = {};
			for (const kind of JSON_FILE_KINDS) {
				const file = connector.paths[kind];
				if (!file) {
					continue;
				}
				const key = pathKey(file);
				const document = openByKey.get(key);
				job[kind] = document ? { key, uri: document.uri, path: file, open: openFileOf(document) } : { key, uri: context.uriOf(file), path: file };
				covered.add(key);
			}
			for (const kind of TEXT_ARTIFACT_KINDS) {
				// The open buffer of the folder's file of this kind, or of one not saved to disk yet.
				const onDiskKey = connector.paths[kind] && pathKey(connector.paths[kind]);
				const document = open.find((candidate) => artifactKindOf(baseNameOfUri(candidate.uri)) === kind && (onDiskKey === undefined || keyOfUri(candidate.uri) === onDiskKey));
				if (document) {
					job[kind] = { key: keyOfUri(document.uri), uri: document.uri, path: pathOfUri(document.uri), open: openFileOf(document) };
				}
			}
			jobs.push(job);
		}
	}
	for (const document of open) {
		const key = keyOfUri(document.uri);
		const kind = fileKindOf(baseNameOfUri(document.uri));
		if (kind && !covered.has(key)) {
			jobs.push({ [kind]: { key, uri: document.uri, path: pathOfUri(document.uri), open: openFileOf(document) } });
		}
	}
	return jobs;
}

/** The keys of the definition files the jobs check (artifacts are cleared by results instead). */
export function coveredKeys(jobs: readonly Job[]): Set<string> {
	return new Set(jobs.flatMap((job) => JSON_FILE_KINDS.flatMap((kind) => (job[kind] ? [job[kind].key] : []))));
}

/** The checker request for a job: the paths to read, and the open buffers that win over them. */
export function requestOf(unit: Unit, job: Job, config: EngineConfig, git: { readonly compareWith?: string; readonly baseline?: string } = {}): PlannedCheck['request'] {
	const paths: Partial<Record<FileKind, string>> = {};
	const open: Partial<Record<FileKind, OpenFile>> = {};
	for (const kind of FILE_KINDS) {
		const file = job[kind];
		if (file?.path) {
			paths[kind] = file.path;
		}
		if (file?.open) {
			open[kind] = file.open;
		}
	}
	// Only a connector being edited is compared with git: a sweep of hundreds would run git for each.
	const edited = Object.keys(open).length > 0 && unit.folder !== undefined;
	return {
		folder: unit.folder,
		paths,
		open,
		config,
		...(edited && git.compareWith !== undefined ? { compareWith: git.compareWith } : {}),
		...(edited && git.baseline !== undefined ? { baseline: git.baseline } : {}),
	};
}

/** The job's files for trace lines: each URI with the buffer version it read, or "(disk)". */
export function describeJob(job: Job): string {
	return FILE_KINDS.flatMap((kind) => {
		const file = job[kind];
		return file ? [`${file.uri}${file.open ? `@${file.open.version}` : ' (disk)'}`] : [];
	}).join(', ');
}

/** True while a job's open buffers are still at the versions it read (`versionOf`: an open document's version now). */
export function stillCurrent(job: Job, versionOf: (uri: string) => number | undefined): boolean {
	return FILE_KINDS.every((kind) => {
		const open = job[kind]?.open;
		return !open || versionOf(open.uri) === open.version;
	});
}
