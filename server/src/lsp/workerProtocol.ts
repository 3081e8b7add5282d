/**
 * The messages between the language server's main thread and its checker thread (both run from `dist/server.js`;
 * see `server.ts`). The main thread owns the connection and never parses or checks; the checker thread parses, reads
 * files that are not open, and runs the engine. One file holds every message so both sides agree on the shapes.
 */
import type { CodeAction, CodeActionParams } from 'vscode-languageserver';
import type { ArtifactKind, FileKind, JsonFileKind } from '../core/connector';
import type { Range } from '../core/lines';
import type { EngineConfig, Finding } from '../engine/index';
import type { UpdateSummary } from '../protocol/commands';
import type { Outline } from './editorServices';
import type { EditorQuery, QueryResults } from './queries';

/** Marks the checker thread in `workerData`, so the bundle can tell its worker from anything else. */
export const CHECKER_ROLE = 'connector-certify/checker';

/** An open editor buffer, sent with each check so the checker can parse it (or reuse its parse of that version). */
export interface OpenFile {
	/** The document's URI as the client sent it: the checker's parse cache key. */
	readonly uri: string;
	readonly version: number;
	readonly text: string;
}

/** Main → checker: check one connector (or one file alone). */
export interface CheckRequest {
	readonly type: 'check';
	readonly id: number;
	/** Int32Array(1) over a SharedArrayBuffer; the main thread stores 1 to cancel. Polled between rules. */
	readonly cancel: SharedArrayBuffer;
	/** The connector folder on disk, when the files are on disk. */
	readonly folder?: string;
	/** Files on disk, read when no open buffer is given for that kind. */
	readonly paths: Readonly<Partial<Record<FileKind, string>>>;
	/** Open buffers, which win over the disk. */
	readonly open: Readonly<Partial<Record<FileKind, OpenFile>>>;
	readonly config: EngineConfig;
	/** The git ref whose version of the connector the breaking-change rules compare with (`connectorCertify.compareWith`). */
	readonly compareWith?: string;
	/** The git ref whose version's findings are left out, so only new ones show (`connectorCertify.baseline`). */
	readonly baseline?: string;
}

/** Main → checker: a document was closed; drop its cached parse. */
export interface ForgetRequest {
	readonly type: 'forget';
	readonly uri: string;
}

/**
 * Main → checker: the outline of an open document. The thread parses it (or reuses its parse of that version, which
 * the check of that version reuses in turn), so the editor's outline requests after each keystroke never parse on the
 * main thread.
 */
export interface OutlineRequest {
	readonly type: 'outline';
	readonly id: number;
	/** As CheckRequest.cancel: 1 means the answer is no longer wanted. */
	readonly cancel: SharedArrayBuffer;
	readonly file: OpenFile;
	readonly kind: JsonFileKind;
	/** The most symbols to send (`connectorCertify.maxItemsComputed`). */
	readonly max: number;
}

/** The connector files a code action reads: open buffers, and files on disk for the others. */
export interface EditorFiles {
	readonly folder?: string;
	readonly open: Readonly<Partial<Record<JsonFileKind, OpenFile>>>;
	readonly paths: Readonly<Partial<Record<JsonFileKind, string>>>;
}

/**
 * Main → checker: the code actions for a request on an open connector file (`params`), or the edit of one fix-all
 * action (`resolve`). Computed where the parses are: a quick fix reads the connector, and a fix-all re-checks it until
 * nothing more is fixed, which takes seconds on a large file.
 */
export interface CodeActionsRequest {
	readonly type: 'codeActions';
	readonly id: number;
	readonly cancel: SharedArrayBuffer;
	readonly uri: string;
	readonly kind: JsonFileKind;
	readonly files: EditorFiles;
	readonly config: EngineConfig;
	readonly work:
		| { readonly kind: 'list'; readonly params: CodeActionParams; readonly max: number; readonly resolveEdits: boolean }
		| { readonly kind: 'resolve'; readonly action: CodeAction };
}

/**
 * Main → checker: a completion, hover or navigation request on an open connector file (see queries.ts), answered from the parses
 * of the connector's files, which the checks of those versions reuse in turn.
 */
export interface QueryRequest {
	readonly type: 'query';
	readonly id: number;
	readonly cancel: SharedArrayBuffer;
	/** Which file the request is on. */
	readonly kind: JsonFileKind;
	readonly files: EditorFiles;
	/** The URIs of the connector's two files, for locations in either. */
	readonly uris: Readonly<Partial<Record<JsonFileKind, string>>>;
	readonly query: EditorQuery;
}

/** What the main thread hands a checker thread one at a time, in order. */
export type CheckerJob = CheckRequest | OutlineRequest | CodeActionsRequest | QueryRequest;

export type ToChecker = CheckerJob | ForgetRequest;

/**
 * A finding as the checker sends it: what its diagnostic shows and its quick fixes read. The engine's `file` (the key
 * it is filed under), `path` (the pointer says the same), `docsUrl` (made from the rule id) and the pointers of related
 * places stay in the checker: a third of the bytes of Encodian's 625 findings, all copied into the main thread on
 * every edit, where each finding's objects are more to collect.
 */
export interface SentFinding {
	readonly ruleId: string;
	readonly severity: Finding['severity'];
	readonly message: string;
	readonly range: Range;
	readonly jsonPointer: string;
	readonly data?: Finding['data'];
	readonly related?: readonly { readonly file: JsonFileKind; readonly range: Range; readonly message: string }[];
}

/** A finding as the checker sends it, with at most MAX_RELATED_PER_FINDING related places. */
export function sentFinding({ ruleId, severity, message, range, jsonPointer, data, related }: Finding): SentFinding {
	return {
		ruleId,
		severity,
		message,
		range,
		jsonPointer,
		...(data ? { data } : {}),
		...(related ? { related: related.slice(0, MAX_RELATED_PER_FINDING).map((place) => ({ file: place.file, range: place.range, message: place.message })) } : {}),
	};
}

/** Checker → main: the outcome of a check. */
export interface CheckResponse {
	readonly type: 'result';
	readonly id: number;
	readonly cancelled: boolean;
	readonly findings: Readonly<Record<FileKind, SentFinding[]>>;
	/** Files that exist but could not be checked (unreadable, too large): kind → one-line reason. */
	readonly unreadable: Readonly<Partial<Record<FileKind, string>>>;
	/** The definition files whose JSON is too broken for the model rules (only the syntax findings came back for them). */
	readonly brokenJson?: readonly FileKind[];
	/** Where the icon, script.csx and readme.md were found, so their findings can be published to them. */
	readonly artifactPaths?: Readonly<Partial<Record<ArtifactKind, string>>>;
	/** Why the connector was not compared with `compareWith` (not in a git repository, no such ref), once per check. */
	readonly notCompared?: string;
	/** Why the findings were not filtered by `baseline` (not in a git repository, no such ref). */
	readonly notBaselined?: string;
	/** With `compareWith`: the update's kind, minor or major, against that ref. */
	readonly update?: UpdateSummary;
	/** Milliseconds spent in the checker, for the log. */
	readonly elapsedMs: number;
	/** Findings left out per file beyond MAX_DIAGNOSTICS_PER_FILE (a generated or absurd document), by kind. */
	readonly omitted?: Readonly<Partial<Record<FileKind, number>>>;
}

/**
 * The most findings a check sends for one file: beyond it, converting, sending and drawing them would hold up the
 * editor (a generated document can have hundreds of thousands), and nobody reads them one by one in the Problems
 * panel. Errors are kept first; `omitted` says how many were left out, and the CLI reports them all.
 */
export const MAX_DIAGNOSTICS_PER_FILE = 5000;

/** The most related locations a finding sends (a rule may relate one operation to thousands of similar ones). */
export const MAX_RELATED_PER_FINDING = 20;

/** Checker → main: the check failed as a whole (an exception outside the rules). */
export interface CheckFailure {
	readonly type: 'failure';
	readonly id: number;
	readonly message: string;
}

/** Checker → main: a line for the server log (rule exceptions and the like). */
export interface LogMessage {
	readonly type: 'log';
	readonly level: 'error' | 'warn' | 'info';
	readonly message: string;
}

/** Checker → main: an outline, in editor positions, capped at the request's `max`. */
export interface OutlineResponse {
	readonly type: 'outline';
	readonly id: number;
	readonly cancelled: boolean;
	readonly outline: Outline;
}

/** Checker → main: the code actions asked for (at most `max`; `total` counts them all), or the one resolved. */
export interface CodeActionsResponse {
	readonly type: 'codeActions';
	readonly id: number;
	readonly cancelled: boolean;
	readonly actions: CodeAction[];
	readonly total: number;
}

/** Checker → main: a query's answer. */
export interface QueryResponse {
	readonly type: 'query';
	readonly id: number;
	readonly cancelled: boolean;
	readonly result: QueryResults[EditorQuery['method']];
}

export type FromChecker = CheckResponse | OutlineResponse | CodeActionsResponse | QueryResponse | CheckFailure | LogMessage;
