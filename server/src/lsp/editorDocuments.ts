/**
 * What the editor requests read on the main thread: the open documents parsed, cached per version (the checker
 * threads keep their own parses), and the connector around a document, its sibling file from a buffer or the disk.
 * The outline, code actions, hover, navigation, and completion where it needs the parses come from the checker thread
 * of open documents instead, from the parses its checks use; the main thread answers them only when that thread fails
 * or is late. It implements `EditorServices`, so the feature handlers see only that interface and never the server's
 * state.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { CancellationToken, CodeAction, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fileKindOf, JSON_FILE_KINDS, type JsonFileKind } from '../core/connector';
import { LineIndex } from '../core/lines';
import { stripBom } from '../core/text';
import { parseText, type EngineConfig, type ParsedFile } from '../engine/index';
import type { ConnectorInput } from '../engine/run';
import { connectorInFolder } from '../host/nodeConnector';
import { parseBytesNatively } from '../host/nativeUtf8';
import type { JobOutcome, Logger, RunningJob } from './checker';
import type { ConnectorAt, EditorServices, Outline } from './editorServices';
import { outlineOf } from './outline';
import type { CodeActionsRequest, CodeActionsResponse, EditorFiles, OpenFile, OutlineResponse, QueryRequest, QueryResponse } from './workerProtocol';
import { answerQuery, type EditorQuery, type QueryResults } from './queries';
import { codeActionAnswer } from './codeActions';
import { engineTextOf, type EngineText } from './positions';
import { baseNameOfUri, pathOfUri } from './uris';
import { EDITOR_MAX_CHARS, LimitNotices, sizeOf } from './limits';

export interface EditorDocumentsOptions {
	readonly documents: TextDocuments<TextDocument>;
	/** The URI the client knows a file on disk by. */
	uriOf(file: string): string;
	/** The settings scope of a document. */
	scopeOf(uri: string): string;
	config(scope: string): Promise<EngineConfig>;
	/** `connectorCertify.maxItemsComputed` for a scope. */
	maxItems(scope: string): Promise<number>;
	/** Asks the checker thread of open documents for an outline (see Checker.outline). */
	outline(file: OpenFile, kind: JsonFileKind, max: number): RunningJob<OutlineResponse>;
	/** Asks the checker thread of open documents for code actions (see Checker.codeActions). */
	codeActions(request: Omit<CodeActionsRequest, 'type' | 'id' | 'cancel'>): RunningJob<CodeActionsResponse>;
	/** Asks the checker thread of open documents for a completion, hover or navigation answer (see Checker.query). */
	query(request: Omit<QueryRequest, 'type' | 'id' | 'cancel'>): RunningJob<QueryResponse>;
	/** How long an outline, a list of quick fixes or a query (see queries.ts) waits for the thread before the main thread answers it (THREAD_ANSWER_MS). */
	readonly threadAnswerMs?: number;
	readonly log: Logger;
}

/**
 * How long an outline, a list of quick fixes, a hover, a completion that needs the parses or a navigation request waits
 * for the checker thread before the main thread answers it: the thread answers between checks, and a connector's first
 * check can run for seconds before the scheduler knows to give it a thread of its own. Answering here costs a parse of
 * the document (a cold hover and definition on 1.93 MB held the main thread 124-138 ms).
 */
export const THREAD_ANSWER_MS = 300;

/**
 * A job's outcome, or `late` once `withinMs` has passed (the job is then cancelled; without `withinMs` it is awaited
 * however long it takes). The request's cancellation cancels the job.
 */
async function answered<R>(job: RunningJob<R>, token: CancellationToken | undefined, withinMs: number | undefined): Promise<JobOutcome<R> | { readonly kind: 'late' }> {
	const listening = token?.onCancellationRequested(() => job.cancel());
	let timer: NodeJS.Timeout | undefined;
	const late = new Promise<{ readonly kind: 'late' }>((resolve) => {
		if (withinMs !== undefined) {
			timer = setTimeout(() => resolve({ kind: 'late' }), withinMs);
		}
	});
	try {
		const outcome = await Promise.race([job.outcome, late]);
		if (outcome.kind === 'late') {
			job.cancel();
		}
		return outcome;
	} finally {
		clearTimeout(timer);
		listening?.dispose();
	}
}

/** The files of the connector around an open document, for the checker thread to parse (see EditorDocuments.connectorFiles). */
export interface ConnectorFilesAt {
	readonly kind: JsonFileKind;
	readonly files: EditorFiles;
	readonly uris: Readonly<Partial<Record<JsonFileKind, string>>>;
	readonly scope: string;
}

function openFileOf(document: TextDocument): OpenFile {
	return { uri: document.uri, version: document.version, text: document.getText() };
}

export class EditorDocuments implements EditorServices {
	readonly log: Logger;
	readonly notices: LimitNotices;
	readonly #options: EditorDocumentsOptions;
	/** Parses of open documents, by URI and version. */
	readonly #parses = new Map<string, { version: number; parsed: ParsedFile }>();
	/** Texts of open documents without a parse, by URI and version: what completion scans while the author types. */
	readonly #texts = new Map<string, { version: number; text: EngineText }>();

	constructor(options: EditorDocumentsOptions) {
		this.#options = options;
		this.log = options.log;
		this.notices = new LimitNotices(options.log);
	}

	/**
	 * Whether an open document is too large to parse on the main thread (see EDITOR_MAX_CHARS): the editor features
	 * then answer nothing for it, and say why once per version; its diagnostics still come from a checker thread.
	 */
	#tooLarge(document: TextDocument): boolean {
		const length = document.getText().length;
		if (length <= EDITOR_MAX_CHARS) {
			return false;
		}
		this.notices.say(
			document.uri,
			document.version,
			'editor-size',
			`${baseNameOfUri(document.uri)} is ${sizeOf(length)}: outline, hover, completion, navigation and quick fixes are off for documents over ${sizeOf(EDITOR_MAX_CHARS)} (parsing it at every request would hold up the editor). Its diagnostics are still computed, on a thread of their own.`,
		);
		return true;
	}

	parsed(uri: string): ParsedFile | undefined {
		const document = this.#options.documents.get(uri);
		if (!document || this.#tooLarge(document)) {
			return undefined;
		}
		const cached = this.#parses.get(uri);
		if (cached?.version === document.version) {
			return cached.parsed;
		}
		const parsed = parseText(document.getText());
		this.#parses.set(uri, { version: document.version, parsed });
		return parsed;
	}

	/** An open document's text and line index at its current version: the parse's when there is one, else made without parsing. */
	engineText(uri: string): EngineText | undefined {
		const document = this.#options.documents.get(uri);
		if (!document || this.#tooLarge(document)) {
			return undefined;
		}
		const parsed = this.#parses.get(uri);
		if (parsed?.version === document.version) {
			return engineTextOf(parsed.parsed);
		}
		const cached = this.#texts.get(uri);
		if (cached?.version === document.version) {
			return cached.text;
		}
		const stripped = stripBom(document.getText());
		const text = { text: stripped.text, lines: new LineIndex(stripped.text), hadBom: stripped.hadBom };
		this.#texts.set(uri, { version: document.version, text });
		return text;
	}

	async outline(uri: string, max: number, token?: CancellationToken): Promise<Outline | undefined> {
		const document = this.#options.documents.get(uri);
		const kind = fileKindOf(baseNameOfUri(uri));
		if (!document || !kind || this.#tooLarge(document)) {
			return undefined;
		}
		const outcome = await answered(this.#options.outline(openFileOf(document), kind, max), token, this.#options.threadAnswerMs ?? THREAD_ANSWER_MS);
		if (outcome.kind === 'done') {
			return outcome.response.cancelled ? undefined : outcome.response.outline;
		}
		if (outcome.kind === 'failed') {
			// The thread could not answer (it stopped, or failed on this document).
			this.log.warn(`The outline of ${baseNameOfUri(uri)} was computed on the main thread: ${outcome.message}`);
		}
		if (outcome.kind === 'cancelled') {
			return undefined;
		}
		const parsed = this.parsed(uri);
		return parsed && outlineOf(kind, parsed, max);
	}

	async query<Q extends EditorQuery>(uri: string, query: Q, token?: CancellationToken): Promise<QueryResults[Q['method']] | undefined> {
		const at = await this.connectorFiles(uri);
		if (!at || token?.isCancellationRequested) {
			return undefined;
		}
		const outcome = await answered(this.#options.query({ kind: at.kind, files: at.files, uris: at.uris, query }), token, this.#options.threadAnswerMs ?? THREAD_ANSWER_MS);
		if (outcome.kind === 'done') {
			return outcome.response.cancelled ? undefined : (outcome.response.result as QueryResults[Q['method']]);
		}
		if (outcome.kind === 'cancelled') {
			return undefined;
		}
		if (outcome.kind === 'failed') {
			this.log.warn(`${query.method} in ${baseNameOfUri(uri)} was answered on the main thread: ${outcome.message}`);
		}
		return answerQuery(query, await this.connector(at));
	}

	/**
	 * The files of the connector around an open document, unparsed: the document, and its sibling as an open buffer or a
	 * path on disk. Undefined when the document is not a connector file, not open, or too large for the editor features.
	 */
	async connectorFiles(uri: string): Promise<ConnectorFilesAt | undefined> {
		const kind = fileKindOf(baseNameOfUri(uri));
		const document = this.#options.documents.get(uri);
		if (!kind || !document || this.#tooLarge(document)) {
			return undefined;
		}
		const open: Partial<Record<JsonFileKind, OpenFile>> = { [kind]: openFileOf(document) };
		const paths: Partial<Record<JsonFileKind, string>> = {};
		const uris: Partial<Record<JsonFileKind, string>> = { [kind]: uri };
		const file = pathOfUri(uri);
		const folder = file ? path.dirname(file) : undefined;
		if (folder) {
			const connector = await connectorInFolder(folder).catch(() => undefined);
			const otherKind = kind === 'swagger' ? 'apiProperties' : 'swagger';
			const other = connector?.paths[otherKind];
			if (other) {
				const openOther = [...this.#options.documents.all()].find((candidate) => pathOfUri(candidate.uri) === other);
				if (openOther) {
					// A sibling too large to parse here is left out, as an open one is (its findings come from the checker).
					if (!this.#tooLarge(openOther)) {
						open[otherKind] = openFileOf(openOther);
					}
					uris[otherKind] = openOther.uri;
				} else {
					paths[otherKind] = other;
					uris[otherKind] = this.#options.uriOf(other);
				}
			}
		}
		return { kind, files: { ...(folder ? { folder } : {}), open, paths }, uris, scope: this.#options.scopeOf(uri) };
	}

	/** The connector files `connectorFiles` found, parsed here: the document itself, and its sibling from a buffer or the disk. */
	async connector(at: ConnectorFilesAt): Promise<ConnectorAt> {
		const input: { -readonly [K in keyof ConnectorInput]: ConnectorInput[K] } = { folderPath: at.files.folder };
		for (const kind of JSON_FILE_KINDS) {
			const open = at.files.open[kind];
			const other = at.files.paths[kind];
			// Read from disk only a regular file (a named pipe would never finish reading) small enough to parse here, as an
			// open one is. Read asynchronously, unlike the checker thread's readParsed: this is the main thread.
			const small = other ? await fs.stat(other).then((stat) => stat.isFile() && stat.size <= EDITOR_MAX_CHARS, () => false) : false;
			input[kind] = open ? this.parsed(open.uri) : other && small ? await fs.readFile(other).then(parseBytesNatively, () => undefined) : undefined;
		}
		return { kind: at.kind, input, uris: at.uris };
	}

	/**
	 * The code actions for a request on an open connector file, or one fix-all action resolved, computed by the checker
	 * thread of open documents from its parses (a fix-all re-checks the connector until nothing more is fixed: seconds
	 * on a large file). Undefined when there is nothing to act on, the request was cancelled or the thread failed.
	 */
	async codeActions(uri: string, work: CodeActionsRequest['work'], token?: CancellationToken): Promise<{ actions: CodeAction[]; total: number } | undefined> {
		const at = await this.connectorFiles(uri);
		if (!at) {
			return undefined;
		}
		const config = await this.config(at.scope);
		if (token?.isCancellationRequested) {
			return undefined;
		}
		// A list of quick fixes is answered here when the thread is late; a fix-all (resolved, or inline for a client that
		// cannot resolve) is not: it re-checks the connector until nothing more is fixed, which could hold this thread.
		const bounded = work.kind === 'list' && work.resolveEdits;
		const job = this.#options.codeActions({ uri, kind: at.kind, files: at.files, config, work });
		const outcome = await answered(job, token, bounded ? (this.#options.threadAnswerMs ?? THREAD_ANSWER_MS) : undefined);
		if (outcome.kind === 'done') {
			return outcome.response.cancelled ? undefined : { actions: outcome.response.actions, total: outcome.response.total };
		}
		if (outcome.kind === 'failed') {
			// Not answered here instead: the failures are a thread out of time or memory, where a fix-all would hold this one.
			this.log.warn(`No code actions for ${baseNameOfUri(uri)}: ${outcome.message}`);
		}
		if (outcome.kind !== 'late' || work.kind !== 'list') {
			return undefined;
		}
		const connector = await this.connector(at);
		return codeActionAnswer(work.params, { uri, kind: connector.kind, input: connector.input, config }, work.max, true);
	}

	config(scope: string): Promise<EngineConfig> {
		return this.#options.config(scope);
	}

	maxItems(uri: string): Promise<number> {
		return this.#options.maxItems(this.#options.scopeOf(uri));
	}

	version(uri: string): number | undefined {
		return this.#options.documents.get(uri)?.version;
	}

	text(uri: string): string | undefined {
		return this.#options.documents.get(uri)?.getText();
	}

	async inConnectorFolder(uri: string): Promise<boolean> {
		const file = pathOfUri(uri);
		return file !== undefined && (await connectorInFolder(path.dirname(file)).catch(() => undefined)) !== undefined;
	}

	/** Drops a closed document's parse. */
	forget(uri: string): void {
		this.#parses.delete(uri);
		this.#texts.delete(uri);
		this.notices.forget(uri);
	}
}
