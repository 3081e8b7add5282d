/**
 * A connector's previous version from git, for the breaking-change rules: the files as they are at a ref
 * (`git show <ref>:<path>`). Read-only: no working-tree or index change, no lock taken, and no network (a partial
 * clone's missing object is an error here, never a fetch).
 */
import type * as ChildProcess from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { JsonFileKind } from '../core/connector';
import type { ParsedFile } from '../engine/index';
import { parseBytesNatively } from './nativeUtf8';
import { MAX_FILE_BYTES } from './nodeConnector';

const GIT_TIMEOUT_MS = 15_000;

/**
 * Files at a commit never change: the editor checks on every pause in typing, so each is read from git once (a few
 * connectors' worth). The repository root of a folder is kept too; what a ref points at is asked every time.
 */
const MAX_CACHED_FILES = 16;
const cachedFiles = new Map<string, ParsedFile | string | null>();
const cachedRoots = new Map<string, string>();
/** Folders found outside any repository, asked again after a while (a `git init` is noticed without a restart). */
const NOT_A_REPOSITORY_MS = 30_000;
const notRepositories = new Map<string, number>();

/** The previous version of a connector's definition files, or why there is none to compare with. */
export type PreviousFromGit =
	| {
			readonly kind: 'found';
			readonly files: Partial<Record<JsonFileKind, ParsedFile>>;
			/** script.csx's text at the ref (null when the ref has none), when its path was asked for. */
			readonly script?: string | null;
	  }
	| { readonly kind: 'unavailable'; readonly reason: string };

interface GitResult {
	readonly code: number;
	readonly stdout: Buffer;
	readonly stderr: string;
	readonly missing?: boolean;
}

function git(cwd: string, args: readonly string[]): Promise<GitResult> {
	// Loaded when first needed: node:child_process (with net and dgram) costs 2 ms at the start of every CLI run and
	// check thread, and only --against and the editor's update checks run git.
	const { execFile } = require('node:child_process') as typeof ChildProcess;
	return new Promise((resolve) => {
		execFile(
			'git',
			// No transport may run, so nothing is fetched; no optional locks, so a concurrent git in the editor is not disturbed.
			['-c', 'protocol.allow=never', '-c', 'core.fsmonitor=false', ...args],
			{ cwd, encoding: 'buffer', maxBuffer: MAX_FILE_BYTES, timeout: GIT_TIMEOUT_MS, windowsHide: true, env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', GIT_TERMINAL_PROMPT: '0', GIT_NO_LAZY_FETCH: '1' } },
			(error, stdout, stderr) => {
				// An exit status comes as a number code; a git that could not start, as ENOENT; a timeout, as no code.
				const code = (error as { code?: unknown } | null)?.code;
				resolve({ code: !error ? 0 : typeof code === 'number' ? code : -1, stdout, stderr: stderr.toString('utf8'), missing: code === 'ENOENT' });
			},
		);
	});
}

/** A ref as the user wrote it, refused when it could be read as an option. */
export function isUsableRef(ref: string): boolean {
	return ref.length > 0 && !ref.startsWith('-') && !/[\s\0]/.test(ref);
}

/**
 * The files of a connector at `ref`, from the git repository the folder is in. A file the ref does not have (a new
 * connector, a new apiProperties.json) is absent from the result, which then compares nothing for it.
 */
export async function previousFromGit(files: Partial<Record<JsonFileKind | 'script', string>>, ref: string): Promise<PreviousFromGit> {
	if (!isUsableRef(ref)) {
		return { kind: 'unavailable', reason: `"${ref}" is not a git ref` };
	}
	const anyFile = files.swagger ?? files.apiProperties;
	if (!anyFile) {
		return { kind: 'found', files: {} };
	}
	const folder = path.dirname(anyFile);
	let root = cachedRoots.get(folder);
	if (root === undefined && (notRepositories.get(folder) ?? 0) > Date.now()) {
		return { kind: 'unavailable', reason: 'the folder is not in a git repository' };
	}
	if (root === undefined) {
		const top = await git(folder, ['rev-parse', '--show-toplevel']);
		if (top.missing) {
			return { kind: 'unavailable', reason: 'git is not installed (or not on the PATH)' };
		}
		if (top.code !== 0) {
			notRepositories.set(folder, Date.now() + NOT_A_REPOSITORY_MS);
			return { kind: 'unavailable', reason: 'the folder is not in a git repository' };
		}
		root = top.stdout.toString('utf8').trim();
		cachedRoots.set(folder, root);
	}
	const verified = await git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
	if (verified.code !== 0) {
		return { kind: 'unavailable', reason: `the repository has no commit "${ref}"` };
	}
	const commit = verified.stdout.toString('utf8').trim();
	const found: Partial<Record<JsonFileKind, ParsedFile>> = {};
	let script: string | null | undefined;
	for (const [kind, file] of Object.entries(files) as [JsonFileKind | 'script', string | undefined][]) {
		if (!file) {
			continue;
		}
		// git names the top level by its real path: compare it with the file's (a folder reached through a link).
		const real = await fs.realpath(file).catch(async () => path.join(await fs.realpath(path.dirname(file)).catch(() => path.dirname(file)), path.basename(file)));
		const relative = path.relative(root, real).split(path.sep).join('/');
		if (relative.startsWith('../')) {
			continue;
		}
		const key = `${root}\0${commit}:${relative}`;
		let content = cachedFiles.get(key);
		if (content === undefined) {
			const shown = await git(root, ['cat-file', 'blob', `${commit}:${relative}`]);
			content = shown.code !== 0 ? null : kind === 'script' ? shown.stdout.toString('utf8') : parseBytesNatively(shown.stdout);
			cachedFiles.set(key, content);
			if (cachedFiles.size > MAX_CACHED_FILES) {
				cachedFiles.delete(cachedFiles.keys().next().value!);
			}
		}
		if (kind === 'script') {
			script = typeof content === 'string' ? content : null;
		} else if (content !== null && typeof content !== 'string') {
			found[kind] = content;
		}
	}
	return { kind: 'found', files: found, ...(script !== undefined ? { script } : {}) };
}
