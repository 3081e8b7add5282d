/**
 * The checker thread: parses, reads connector files from disk and runs the engine, off the language server's main
 * thread so typing never waits for a check; it also answers the outline and code actions of open documents from the
 * same parses. It keeps the parse of each open document's latest version and a small cache of files read from disk
 * (by modification time and size), so re-checking a connector after an edit in one file does not re-parse the other.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { warmUpSwaggerSchema } from '../core/swaggerSchema';
import { parentPort } from 'node:worker_threads';
import { ARTIFACT_KINDS, JSON_FILE_KINDS, TEXT_ARTIFACT_KINDS, type ArtifactKind, type FileKind, type TextArtifactKind } from '../core/connector';
import { describeUpdateChange, type UpdateClassification } from '../core/updateKind';
import { check, noFindings, parseText, SEVERITY_ORDER, textArtifactOf, updateOf, type CheckResult, type ConnectorInput, type EngineConfig, type ParsedFile, type TextArtifact } from '../engine/index';
import { splitByBaseline } from '../commands/check';
import { previousFromGit } from '../host/git';
import { connectorInFolder, loadConnector, MAX_FILE_BYTES, readParsed } from '../host/nodeConnector';
import { MAX_DIAGNOSTICS_PER_FILE, sentFinding, type CheckRequest, type CodeActionsRequest, type FromChecker, type OpenFile, type EditorFiles, type OutlineRequest, type QueryRequest, type SentFinding, type ToChecker } from './workerProtocol';
import { codeActionAnswer, resolveFixAll } from './codeActions';
import { EDITOR_MAX_CHARS } from './limits';
import type { Outline } from './editorServices';
import { outlineOf } from './outline';
import { answerQuery } from './queries';
import type { UpdateSummary } from '../protocol/commands';
import { RULES } from '../rules/index';

/** How many of the changes that make an update major go to the client (the count says how many there are). */
const MAX_LISTED_CHANGES = 50;

function summarizeUpdate(update: UpdateClassification, against: string): UpdateSummary {
	const major = update.changes.filter((change) => !change.minor);
	return {
		against,
		kind: update.kind,
		...(update.reviewTime !== undefined ? { reviewTime: update.reviewTime } : {}),
		majorChanges: major.slice(0, MAX_LISTED_CHANGES).map(describeUpdateChange),
		majorCount: major.length,
		changeCount: update.changes.length,
	};
}

const KINDS = JSON_FILE_KINDS;

/** How many files read from disk keep their parse (oldest dropped first). */
const DISK_CACHE_SIZE = 16;

interface DiskEntry {
	readonly mtimeMs: number;
	readonly size: number;
	readonly parsed: ParsedFile;
}

const openParses = new Map<string, { version: number; parsed: ParsedFile }>();
const diskParses = new Map<string, DiskEntry>();

function post(message: FromChecker): void {
	parentPort!.postMessage(message);
}

function log(level: 'error' | 'warn' | 'info', message: string): void {
	post({ type: 'log', level, message });
}

function describe(error: unknown): string {
	return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

function parseOpen(file: OpenFile): ParsedFile {
	const cached = openParses.get(file.uri);
	if (cached && cached.version === file.version) {
		return cached.parsed;
	}
	const parsed = parseText(file.text);
	openParses.set(file.uri, { version: file.version, parsed });
	return parsed;
}

async function statOf(file: string): Promise<{ mtimeMs: number; size: number } | undefined> {
	try {
		const stat = await fs.stat(file);
		return { mtimeMs: stat.mtimeMs, size: stat.size };
	} catch {
		return undefined; // loadConnector reports why the file cannot be read.
	}
}

/** The cached parse of a file on disk, when the file has the modification time and size it had when parsed. */
function unchangedParse(file: string, stat: { mtimeMs: number; size: number }): ParsedFile | undefined {
	const cached = diskParses.get(file);
	return cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size ? cached.parsed : undefined;
}

function remember(file: string, entry: DiskEntry): void {
	diskParses.delete(file);
	diskParses.set(file, entry);
	while (diskParses.size > DISK_CACHE_SIZE) {
		diskParses.delete(diskParses.keys().next().value as string);
	}
}

async function runCheck(request: CheckRequest): Promise<void> {
	const started = performance.now();
	const flag = new Int32Array(request.cancel);
	const isCancelled = () => Atomics.load(flag, 0) !== 0;
	const cancelled = (): void => post({ type: 'result', id: request.id, cancelled: true, findings: noFindings(), unreadable: {}, elapsedMs: performance.now() - started });
	if (isCancelled()) {
		cancelled(); // Superseded while waiting in this thread's queue: do not even parse.
		return;
	}
	const overrides: Partial<Record<FileKind, ParsedFile>> = {};
	const unreadable: Partial<Record<FileKind, string>> = {};
	const stats: Partial<Record<FileKind, { mtimeMs: number; size: number }>> = {};
	for (const kind of KINDS) {
		const open = request.open[kind];
		if (open) {
			if (open.text.length > MAX_FILE_BYTES) {
				unreadable[kind] = `The document is ${(open.text.length / 1048576).toFixed(1)} MB, over the ${MAX_FILE_BYTES / 1048576} MB Connector Certify checks.`;
			} else {
				overrides[kind] = parseOpen(open);
			}
			continue;
		}
		const file = request.paths[kind];
		if (file) {
			const stat = await statOf(file);
			const cached = stat && unchangedParse(file, stat);
			if (cached) {
				overrides[kind] = cached;
			}
			stats[kind] = stat;
		}
	}
	if (isCancelled()) {
		cancelled();
		return;
	}
	const paths: Partial<Record<FileKind, string>> = {};
	for (const kind of KINDS) {
		// A file given as an open buffer, or found unreadable above, is not read from disk.
		if (request.paths[kind] && !request.open[kind]) {
			paths[kind] = request.paths[kind];
		}
	}
	// The icon, script.csx, readme.md and intro.md are found in the folder listing and read from disk, except a text
	// artifact open in the editor, whose buffer wins (it may not even be on disk yet).
	let entries: readonly string[] | undefined;
	if (request.folder) {
		const onDisk = await connectorInFolder(request.folder).catch(() => undefined);
		entries = onDisk?.entries;
		for (const kind of ARTIFACT_KINDS) {
			if (onDisk?.paths[kind]) {
				paths[kind] = onDisk.paths[kind];
			}
		}
	}
	const openArtifacts: Partial<Record<TextArtifactKind, TextArtifact>> = {};
	const tooLarge = new Set<FileKind>();
	for (const kind of TEXT_ARTIFACT_KINDS) {
		const open = request.open[kind];
		const file = request.paths[kind] ?? paths[kind];
		if (!open || !file) {
			continue;
		}
		paths[kind] = file;
		if (open.text.length > MAX_FILE_BYTES) {
			unreadable[kind] = `The document is ${(open.text.length / 1048576).toFixed(1)} MB, over the ${MAX_FILE_BYTES / 1048576} MB Connector Certify checks.`;
			tooLarge.add(kind);
		} else {
			openArtifacts[kind] = textArtifactOf(path.basename(file), open.text);
		}
	}
	const artifactPaths: Partial<Record<ArtifactKind, string>> = {};
	for (const kind of ARTIFACT_KINDS) {
		if (paths[kind]) {
			artifactPaths[kind] = paths[kind];
		}
	}
	// An open buffer too large to check is not replaced by the file on disk, which would be stale.
	const toRead = Object.fromEntries(Object.entries(paths).filter(([kind]) => !tooLarge.has(kind as FileKind)));
	const loaded = await loadConnector({ folder: request.folder ?? '', paths: toRead, entries }, overrides, openArtifacts);
	for (const kind of KINDS) {
		const file = paths[kind];
		const parsed = loaded.input[kind];
		const stat = stats[kind];
		if (file && parsed && stat && !overrides[kind]) {
			remember(file, { ...stat, parsed });
		}
	}
	for (const kind of [...KINDS, ...ARTIFACT_KINDS]) {
		if (loaded.unreadable[kind]) {
			unreadable[kind] = loaded.unreadable[kind];
		}
	}
	let input: ConnectorInput = { ...loaded.input, folderPath: request.folder };
	let notCompared: string | undefined;
	let update: UpdateSummary | undefined;
	if (request.compareWith !== undefined) {
		// The previous version for the breaking-change rules: the connector's files at the ref, read from git.
		const script = paths.script ?? (request.folder ? path.join(request.folder, 'script.csx') : undefined);
		const previous = await previousFromGit({ swagger: request.paths.swagger, apiProperties: request.paths.apiProperties, script }, request.compareWith);
		if (previous.kind === 'found') {
			input = { ...input, previous: previous.files };
			const classified = updateOf(previous.files, script ? previous.script : undefined, input, paths.script ? input.artifacts?.script?.text : null);
			update = classified && summarizeUpdate(classified, request.compareWith);
		} else {
			notCompared = previous.reason;
		}
	}
	const result = check(RULES, input, request.config, {
		isCancelled,
		onRuleError: (ruleId, error) => log('error', `Rule ${ruleId} failed on ${request.folder ?? Object.values(request.open)[0]?.uri}: ${describe(error)}`),
	});
	let findings = result.findings;
	let notBaselined: string | undefined;
	if (request.baseline !== undefined && !result.cancelled) {
		// Only what the version at the baseline ref did not have already, as `check --baseline` reports.
		const old = await previousFromGit({ swagger: request.paths.swagger, apiProperties: request.paths.apiProperties }, request.baseline);
		if (old.kind === 'found') {
			const baseline = baselineFindings(old.files, input, request.config);
			findings = Object.fromEntries(Object.entries(findings).map(([kind, list]) => [kind, splitByBaseline(list, baseline[kind as FileKind]).fresh])) as typeof findings;
		} else {
			notBaselined = old.reason;
		}
	}
	const brokenJson = KINDS.filter((kind) => input[kind]?.doc.fatal === true);
	const { kept, omitted } = bounded(findings);
	post({ type: 'result', id: request.id, cancelled: result.cancelled, findings: kept, unreadable, artifactPaths, brokenJson, notCompared, notBaselined, update, elapsedMs: performance.now() - started, ...(omitted ? { omitted } : {}) });
}

/** At most MAX_DIAGNOSTICS_PER_FILE findings per file (the most severe, then in document order), each with at most MAX_RELATED_PER_FINDING related places, as sent. */
function bounded(findings: CheckResult['findings']): { kept: Record<FileKind, SentFinding[]>; omitted?: Partial<Record<FileKind, number>> } {
	let omitted: Partial<Record<FileKind, number>> | undefined;
	const kept = {} as Record<FileKind, SentFinding[]>;
	for (const kind of Object.keys(findings) as FileKind[]) {
		let list = findings[kind];
		if (list.length > MAX_DIAGNOSTICS_PER_FILE) {
			// A stable sort keeps the engine's document order within a severity.
			list = [...list].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]).slice(0, MAX_DIAGNOSTICS_PER_FILE);
			list.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
			omitted = { ...omitted, [kind]: findings[kind].length - MAX_DIAGNOSTICS_PER_FILE };
		}
		kept[kind] = list.map(sentFinding);
	}
	return { kept, omitted };
}

/**
 * The findings of the connector's version at the baseline ref, checked like the open one (same settings, the same
 * icon and readme beside it). A commit's files never change, so the last result is kept while the files and settings
 * are the same (git's cache hands back the same parsed files).
 */
let lastBaseline: { readonly swagger?: ParsedFile; readonly apiProperties?: ParsedFile; readonly config: string; readonly findings: CheckResult['findings'] } | undefined;

function baselineFindings(files: Partial<Record<'swagger' | 'apiProperties', ParsedFile>>, input: ConnectorInput, config: EngineConfig): CheckResult['findings'] {
	const key = JSON.stringify(config);
	if (lastBaseline && lastBaseline.swagger === files.swagger && lastBaseline.apiProperties === files.apiProperties && lastBaseline.config === key) {
		return lastBaseline.findings;
	}
	const { findings } = check(RULES, { ...input, swagger: files.swagger, apiProperties: files.apiProperties, previous: undefined }, config);
	lastBaseline = { swagger: files.swagger, apiProperties: files.apiProperties, config: key, findings };
	return findings;
}

/**
 * The last outline of each open document, by its parse and cap: the editor asks for the outline of one version several
 * times (outline view, breadcrumbs, sticky scroll).
 */
const outlines = new Map<string, { parsed: ParsedFile; max: number; outline: Outline }>();

function runOutline(request: OutlineRequest): void {
	if (Atomics.load(new Int32Array(request.cancel), 0) !== 0) {
		post({ type: 'outline', id: request.id, cancelled: true, outline: { symbols: [], left: 0 } });
		return;
	}
	const parsed = parseOpen(request.file);
	const cached = outlines.get(request.file.uri);
	const outline = cached?.parsed === parsed && cached.max === request.max ? cached.outline : outlineOf(request.kind, parsed, request.max);
	outlines.set(request.file.uri, { parsed, max: request.max, outline });
	post({ type: 'outline', id: request.id, cancelled: false, outline });
}

/** A connector file on disk for the editor features, parsed and cached as for checks; undefined when unreadable or over EDITOR_MAX_CHARS. */
async function parsedFromDisk(file: string): Promise<ParsedFile | undefined> {
	const stat = await statOf(file);
	if (!stat || stat.size > EDITOR_MAX_CHARS) {
		return undefined;
	}
	const cached = unchangedParse(file, stat);
	if (cached) {
		return cached;
	}
	const parsed = await readParsed(file);
	if (typeof parsed === 'string') {
		return undefined; // unreadable, or not a regular file: no quick fixes that need it
	}
	remember(file, { ...stat, parsed });
	return parsed;
}

/** The connector files an editor request reads, parsed: open buffers as sent, the others from the disk (both cached). */
async function editorInput(files: EditorFiles): Promise<ConnectorInput> {
	const input: { -readonly [K in keyof ConnectorInput]: ConnectorInput[K] } = { folderPath: files.folder };
	for (const kind of KINDS) {
		const open = files.open[kind];
		const file = files.paths[kind];
		input[kind] = open ? parseOpen(open) : file ? await parsedFromDisk(file) : undefined;
	}
	return input;
}

async function runQuery(request: QueryRequest): Promise<void> {
	const flag = new Int32Array(request.cancel);
	const cancelled = (): boolean => Atomics.load(flag, 0) !== 0;
	const input = cancelled() ? undefined : await editorInput(request.files);
	if (!input || cancelled()) {
		post({ type: 'query', id: request.id, cancelled: true, result: null });
		return;
	}
	const result = await answerQuery(request.query, { kind: request.kind, input, uris: request.uris });
	post({ type: 'query', id: request.id, cancelled: false, result });
}

async function runCodeActions(request: CodeActionsRequest): Promise<void> {
	const flag = new Int32Array(request.cancel);
	const cancelled = (): boolean => {
		if (Atomics.load(flag, 0) === 0) {
			return false;
		}
		post({ type: 'codeActions', id: request.id, cancelled: true, actions: [], total: 0 });
		return true;
	};
	if (cancelled()) {
		return;
	}
	const input = await editorInput(request.files);
	if (cancelled()) {
		return;
	}
	const at = { uri: request.uri, kind: request.kind, input, config: request.config };
	const work = request.work;
	const { actions, total } = work.kind === 'list' ? codeActionAnswer(work.params, at, work.max, work.resolveEdits) : { actions: [resolveFixAll(work.action, at)], total: 1 };
	post({ type: 'codeActions', id: request.id, cancelled: false, actions, total });
}

/** Entry point of the checker thread. */
export function runCheckerThread(): void {
	const port = parentPort;
	if (!port) {
		return;
	}
	port.on('message', (message: ToChecker) => {
		// Work has come: the compile waits for the next pause.
		clearTimeout(warmUpTimer);
		if (message.type === 'forget') {
			openParses.delete(message.uri);
			outlines.delete(message.uri);
			return;
		}
		if (message.type === 'outline') {
			try {
				runOutline(message);
			} catch (error) {
				post({ type: 'failure', id: message.id, message: describe(error) });
			}
			if (checked) {
				warmUpWhenIdle();
			}
			return;
		}
		(message.type === 'codeActions' ? runCodeActions(message) : message.type === 'query' ? runQuery(message) : runCheck(message))
			.catch((error: unknown) => {
				post({ type: 'failure', id: message.id, message: describe(error) });
			})
			.finally(() => {
				checked = true;
				warmUpWhenIdle();
			});
	});
}

/**
 * Once the thread has been idle for WARM_UP_IDLE_MS after a check, compile the validator that explains an invalid
 * swagger (about 170 ms), so a later invalid document does not pay for it while the user types. Not before the first
 * check (a valid document needs only the precompiled validity check, and the file just opened should not wait behind
 * the compile), and not at once after it: the author's first keystrokes come right after the first squiggles, and
 * their check waited behind the compile (the bench's first edits, about 170 ms slower).
 */
const WARM_UP_IDLE_MS = 1000;
let warmedUp = false;
/** Whether a check has run (an outline asked for before the first check does not start the wait). */
let checked = false;
let warmUpTimer: NodeJS.Timeout | undefined;
function warmUpWhenIdle(): void {
	if (warmedUp) {
		return;
	}
	clearTimeout(warmUpTimer);
	warmUpTimer = setTimeout(() => {
		warmedUp = true;
		try {
			warmUpSwaggerSchema();
		} catch (error) {
			log('warn', `could not prepare the Swagger schema: ${describe(error)}`);
		}
	}, WARM_UP_IDLE_MS);
	// A pending compile never keeps a thread alive that is being shut down.
	warmUpTimer.unref();
}
