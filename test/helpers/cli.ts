/** Helpers for tests that run the built CLI (`dist/cli.js`) as a real child process. */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const REPO_ROOT = join(__dirname, '..', '..');
export const CLI = join(REPO_ROOT, 'dist', 'cli.js');
/** What the CLI's check threads start from, beside `CLI`. */
export const CHECK_THREAD = join(REPO_ROOT, 'dist', 'checkThread.js');
/** What `npm run build` writes for the CLI, beside `CLI`: its launcher and bundle, and its check threads'. */
export const CLI_FILES = ['cli.js', 'cli.main.js', 'checkThread.js', 'checkThread.main.js'];

export interface CliResult {
	readonly status: number | null;
	readonly stdout: string;
	readonly stderr: string;
}

/** Runs the CLI synchronously (for quick runs). */
export function runCli(args: readonly string[], options: { cwd?: string; timeoutMs?: number; cli?: string; uid?: number; gid?: number; env?: NodeJS.ProcessEnv } = {}): CliResult {
	const result = spawnSync(process.execPath, [options.cli ?? CLI, ...args], {
		cwd: options.cwd ?? REPO_ROOT,
		env: options.env && { ...process.env, ...options.env },
		uid: options.uid,
		gid: options.gid,
		encoding: 'utf8',
		maxBuffer: 256 * 1024 * 1024,
		timeout: options.timeoutMs ?? 60_000,
	});
	if (result.error) {
		throw result.error;
	}
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs the CLI without blocking the event loop (needed when the test itself serves requests meanwhile). */
export function runCliAsync(args: readonly string[], options: { cwd?: string; timeoutMs?: number; env?: NodeJS.ProcessEnv } = {}): Promise<CliResult> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [CLI, ...args], { cwd: options.cwd ?? REPO_ROOT, env: options.env && { ...process.env, ...options.env } });
		let stdout = '';
		let stderr = '';
		child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
		child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
		const timer = setTimeout(() => {
			child.kill();
			reject(new Error(`the CLI did not finish within ${options.timeoutMs ?? 60_000} ms`));
		}, options.timeoutMs ?? 60_000);
		child.on('error', reject);
		child.on('close', (status) => {
			clearTimeout(timer);
			resolve({ status, stdout, stderr });
		});
	});
}

/** Fails with the CLI's stderr when it printed a stack trace or anything that looks like one. */
export function assertNoStackTrace(result: CliResult): void {
	assert.doesNotMatch(result.stderr, /^\s+at .+\(.*:\d+:\d+\)$|^\s+at .+:\d+:\d+$/m, `stack trace on stderr:\n${result.stderr}`);
	assert.doesNotMatch(result.stderr, /node:internal|Error: .*\n\s+at /, `stack trace on stderr:\n${result.stderr}`);
}

/** Every file under `dir` with its size and modification time, for "nothing was written" checks. */
export function snapshotTree(dir: string): Record<string, string> {
	const entries: Record<string, string> = {};
	const walk = (folder: string, prefix: string) => {
		for (const name of readdirSync(folder).sort()) {
			const full = join(folder, name);
			const stat = statSync(full);
			entries[prefix + name] = stat.isDirectory() ? `dir ${stat.mtimeMs}` : `${stat.size} ${stat.mtimeMs}`;
			if (stat.isDirectory()) {
				walk(full, `${prefix}${name}/`);
			}
		}
	};
	walk(dir, '');
	return entries;
}

const POINTER = /^(\/([^~/]|~[01])*)*$/;
const DIAGNOSTIC_KEYS = ['ruleId', 'severity', 'message', 'range', 'jsonPointer'];
const SEVERITIES = ['error', 'warning', 'information', 'hint'];

function isPosition(value: unknown): value is { line: number; character: number } {
	const p = value as { line: unknown; character: unknown };
	return (
		typeof value === 'object' &&
		value !== null &&
		Object.keys(value).join() === 'line,character' &&
		Number.isInteger(p.line) &&
		Number.isInteger(p.character) &&
		(p.line as number) >= 0 &&
		(p.character as number) >= 0
	);
}

export interface JsonReport {
	version: number;
	files: { path: string; diagnostics: { ruleId: string; severity: string; message: string; range: { start: { line: number; character: number }; end: { line: number; character: number } }; jsonPointer: string }[] }[];
	summary: { errors: number; warnings: number; information: number; hints: number; files: number };
}

/**
 * Parses and checks `--format json` output against the contract: exact key sets, severities, 0-based ranges with
 * start ≤ end, RFC 6901 pointers and summary counts. `lines(path)` returns the file's lines to bound the ranges.
 */
export function assertJsonContract(stdout: string, lines?: (path: string) => readonly string[]): JsonReport {
	const report = JSON.parse(stdout) as JsonReport;
	assert.deepEqual(Object.keys(report), ['version', 'files', 'summary']);
	assert.equal(report.version, 1);
	assert.ok(Array.isArray(report.files));
	const counts = { errors: 0, warnings: 0, information: 0, hints: 0 };
	for (const file of report.files) {
		assert.deepEqual(Object.keys(file), ['path', 'diagnostics']);
		assert.equal(typeof file.path, 'string');
		assert.ok(!file.path.includes('\\'), `posix separators: ${file.path}`);
		assert.ok(Array.isArray(file.diagnostics));
		const fileLines = lines?.(file.path);
		for (const d of file.diagnostics) {
			const where = `${file.path} ${JSON.stringify(d)}`;
			assert.deepEqual(Object.keys(d), DIAGNOSTIC_KEYS, where);
			assert.ok(typeof d.ruleId === 'string' && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(d.ruleId), where);
			assert.ok(SEVERITIES.includes(d.severity), where);
			assert.ok(typeof d.message === 'string' && d.message.length > 0, where);
			assert.deepEqual(Object.keys(d.range), ['start', 'end'], where);
			assert.ok(isPosition(d.range.start) && isPosition(d.range.end), where);
			const { start, end } = d.range;
			assert.ok(start.line < end.line || (start.line === end.line && start.character <= end.character), `start after end: ${where}`);
			assert.ok(typeof d.jsonPointer === 'string' && POINTER.test(d.jsonPointer), `pointer: ${where}`);
			if (fileLines) {
				assert.ok(end.line < fileLines.length, `range beyond the file's ${fileLines.length} lines: ${where}`);
				assert.ok(start.character <= fileLines[start.line].length, `start character beyond its line: ${where}`);
				assert.ok(end.character <= fileLines[end.line].length, `end character beyond its line: ${where}`);
			}
			counts[d.severity === 'error' ? 'errors' : d.severity === 'warning' ? 'warnings' : d.severity === 'information' ? 'information' : 'hints']++;
		}
	}
	assert.deepEqual(report.summary, { ...counts, files: report.files.length });
	return report;
}

/** Lines of a connector file as the CLI sees it: decoded as UTF-8 (U+FFFD for bad bytes), without a BOM. */
export function splitLines(text: string): string[] {
	return text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
}
