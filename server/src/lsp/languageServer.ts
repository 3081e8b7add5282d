/**
 * The language server's main thread, as wiring: it makes the connection, the two checker threads and the pieces that
 * own the server's state, and registers protocol handlers that delegate to them. Checks run on the checker threads
 * (`checkerThread.ts`), one for connectors with open documents and one for files only on disk, so nothing here makes
 * typing wait, nor waits behind the workspace scan. The thread of open documents also answers their outline and code
 * actions, from the parses its checks use.
 *
 * The unit of work is a connector folder: a change to either of its files re-checks the folder, and one check yields
 * the diagnostics of both files (cross-file rules see both) and of the files beside them that rules read (icon.png,
 * script.csx, readme.md, intro.md). An open buffer wins over the file on disk, for the text files beside them too. A
 * connector file open in a folder that is not a connector (or beside another definition) is checked alone.
 *
 * Who owns what: `units.ts` the units, the workspace folders and the client's URIs; `scheduler.ts` when each unit is
 * checked (debounce, generations, cancellation, which checker thread) and which results are published; `jobs.ts` which
 * files a unit's check reads; `publisher.ts` the diagnostics sent; `settings.ts` the settings per scope;
 * `editorDocuments.ts` the parses the editor requests read. Every event that affects a unit schedules it; the scheduler
 * calls back `planChecks` here for the unit's checks when its timer fires.
 */
import * as path from 'node:path';
import {
	CodeActionKind,
	createConnection,
	DidChangeConfigurationNotification,
	FileChangeType,
	ProposedFeatures,
	TextDocuments,
	TextDocumentSyncKind,
	type CancellationToken,
	type CodeAction,
	type Connection,
	type InitializeParams,
	type InitializeResult,
	type WorkspaceFoldersChangeEvent,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { artifactKindOf, fileKindOf } from '../core/connector';
import { findConnectorFolders, type ConnectorOnDisk } from '../host/nodeConnector';
import { version as packageVersion } from '../../../package.json';
import { Checker, LARGE_DOCUMENT_HEAP_TIERS_MB, type Logger } from './checker';
import { HEAVY_CHECK_MS, LARGE_DOCUMENT_CHARS } from './limits';
import { FIX_ALL_KIND, isFixAllData, mayHaveCodeActions } from './codeActions';
import { EditorDocuments } from './editorDocuments';
import { HeapCollector } from '../host/heapCollector';
import { FEATURE_CAPABILITIES, registerFeatures } from './features';
import { describeJob, jobsOf, openDocumentsOf, requestOf, stillCurrent, type Job } from './jobs';
import { DiagnosticsPublisher } from './publisher';
import { Scheduler, type PlannedCheck } from './scheduler';
import { ClientSettings, SETTINGS_SECTION } from './settings';
import { isArtifactDocument, isConnectorDocument, scopeOf, Units, type Unit } from './units';
import { editorRequest } from './requests';
import { pathKey, pathOfUri, uriOfPath } from './uris';
import { StallMonitor } from './stalls';
import { youngGenerationFlagForMainThreadOnly } from '../host/threadHeaps';
import { Turns } from './turns';
import { registerWorkspaceCommands } from './workspaceCommands';
import { CHECK_WORKSPACE_PROGRESS, CHECK_WORKSPACE_REQUEST, UPDATE_KIND_NOTIFICATION, type CheckWorkspaceProgress, type CheckWorkspaceResult, type InitializationOptions, type ValidateScope } from '../protocol/commands';

/**
 * The main thread collects its garbage right after publishing a check, once its heap has grown this much. Every edit
 * of an open document leaves a copy of its whole text (1-2 MB for a large connector, sent to the checker thread) and
 * the JSON of its diagnostics and outline: editing the 1.1 MB Encodian swagger, 18 MB live in a main-thread heap of
 * 52-89 MB, a third of the server's peak memory. The next keystroke's check waits for its debounce anyway, and a
 * collection of that heap holds the main thread for 12-36 ms on a loaded 2-core machine (the bench's stall figure
 * includes it). Editing Encodian through the bench's client, three runs each: peak RSS 232-250 MB before, 196-211 MB
 * collecting every 8 MB, 176-179 MB every 4 MB, edit-to-diagnostics times unchanged. Collecting in the checker thread
 * too brought little more (193-195 MB) and cost every check about 50 ms. The process starts with a small young
 * generation (SERVER_NODE_FLAGS), which keeps this collection short.
 */
const MAIN_THREAD_GROWTH_MB = 4;

/**
 * Delay between the last keystroke and the check. Short, so the squiggles follow the typing (issue 15: edit to
 * diagnostics within 200 ms): the check runs on a checker thread and a keystroke cancels it, so checking often costs
 * the typing nothing, and diagnostics that only moved are held until a pause anyway (publisher.ts).
 */
const CHANGE_DEBOUNCE_MS = 30;
/** Delay for file events from the watcher (a branch switch delivers many at once). */
const FILE_EVENT_DEBOUNCE_MS = 250;

/** A check as the scheduler runs it, with the job it came from for publishing. */
interface UnitCheck extends PlannedCheck {
	readonly job: Job;
}

/** What the handlers share: the connection and the pieces that own the server's state. */
interface Server {
	readonly connection: Connection;
	readonly documents: TextDocuments<TextDocument>;
	readonly log: Logger;
	/** Runs checks that read open buffers. */
	readonly foreground: Checker;
	/** Runs checks of files only on disk: the workspace scan and file events. */
	readonly background: Checker;
	/** Runs checks that read an open document over LARGE_DOCUMENT_CHARS. */
	readonly large: Checker;
	readonly units: Units;
	readonly settings: ClientSettings;
	readonly publisher: DiagnosticsPublisher;
	readonly scheduler: Scheduler<Unit, UnitCheck>;
	readonly editor: EditorDocuments;
	/** Which connectors are checked: those with an open file, or every one in the workspace (initializationOptions.validate). */
	validate: ValidateScope;
	/** What the client can do, from its capabilities at initialize. */
	readonly client: {
		dynamicConfigurationChange: boolean;
		workspaceFolderChanges: boolean;
		/** Whether the client can fill in a code action's edit later (codeAction/resolve); if not, fix-all edits come at once. */
		resolveEdits: boolean;
		/**
		 * The folder (a file URI) of the rule pages the client ships, from initializationOptions.ruleDocumentation: rule
		 * links then open the bundled page, online or offline. Without it they name the public page.
		 */
		ruleDocumentation: string | undefined;
		/** The editor shows JSON syntax errors in open documents itself (initializationOptions.jsonSyntaxErrors: 'editor'). */
		reportsJsonSyntax: boolean;
	};
}

function describe(error: unknown): string {
	return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/** Wraps a handler so that nothing it throws or rejects crosses the wire; errors go to the server log. */
function safe<A extends unknown[]>(log: Logger, name: string, handler: (...args: A) => unknown): (...args: A) => void {
	return (...args: A) => {
		try {
			const result = handler(...args);
			if (result instanceof Promise) {
				result.catch((error: unknown) => log.error(`${name} failed: ${describe(error)}`));
			}
		} catch (error) {
			log.error(`${name} failed: ${describe(error)}`);
		}
	};
}

/** Starts the server on the transport named on the command line (`--stdio`, `--node-ipc`, `--socket=`). */
export function startLanguageServer(script: string): void {
	const connection = createConnection(ProposedFeatures.all);
	const documents = new TextDocuments(TextDocument);
	const log: Logger = {
		error: (message) => connection.console.error(message),
		warn: (message) => connection.console.warn(message),
		info: (message) => connection.console.info(message),
	};
	process.on('uncaughtException', (error) => log.error(`Uncaught exception: ${describe(error)}`));
	process.on('unhandledRejection', (reason) => log.error(`Unhandled rejection: ${describe(reason)}`));

	// Before any thread starts: the process's semi-space flag is for this thread (see SERVER_NODE_FLAGS).
	youngGenerationFlagForMainThreadOnly();
	// Two checker threads: one for connectors with open documents, one for the workspace scan and file events, so a
	// keystroke's check never waits behind a large connector the scan happens to be checking.
	const foreground = new Checker(script, 'foreground', log);
	const background = new Checker(script, 'background', log);
	// Open documents over LARGE_DOCUMENT_CHARS: a thread of their own, started when one is opened, with one heap tier.
	const large = new Checker(script, 'large-document', log, LARGE_DOCUMENT_HEAP_TIERS_MB);
	const units = new Units();
	const settings = new ClientSettings((scopeUri) => connection.workspace.getConfiguration({ scopeUri, section: SETTINGS_SECTION }), log);
	const client: Server['client'] = { dynamicConfigurationChange: false, workspaceFolderChanges: false, resolveEdits: false, ruleDocumentation: undefined, reportsJsonSyntax: false };
	// The event loop's delays, read in the trace after each published check (`npm run bench` reports the longest).
	const stalls = new StallMonitor();
	const memory = new HeapCollector(MAIN_THREAD_GROWTH_MB);
	const turns = new Turns((error) => log.error(`Uncaught exception: ${describe(error)}`));
	const publisher = new DiagnosticsPublisher({
		// Each publish is encoded in a turn of its own: a few thousand diagnostics take tens of milliseconds.
		send: (params) => turns.later(() => void connection.sendDiagnostics(params)),
		sendUpdate: (params) => void connection.sendNotification(UPDATE_KIND_NOTIFICATION, params),
		uriOf: (file) => units.uriOf(file),
		docsBase: () => client.ruleDocumentation,
		editorReportsSyntax: () => client.reportsJsonSyntax,
		log,
	});
	const server: Server = {
		connection,
		documents,
		log,
		foreground,
		background,
		large,
		units,
		settings,
		publisher,
		scheduler: new Scheduler<Unit, UnitCheck>({
			foreground,
			background,
			large,
			largeChars: LARGE_DOCUMENT_CHARS,
			heavyMs: HEAVY_CHECK_MS,
			plan: (unit, stale) => planChecks(server, unit, stale),
			nextTurn: () => new Promise((resolve) => turns.later(resolve)),
			publish: (unit, check, outcome) => {
				publisher.outcome(unit, check.job, outcome);
				// After the publish has been sent, in a turn of its own: the publish and the collection are two stalls, not
				// one (editing Encodian, the longest went from 73-79 ms to 43-62 ms).
				turns.later(() => {
					memory.collectIfGrown();
					// How long the main thread was held at most since the last check, this one's publish and collection
					// included (the typing path must never block it long); read by `npm run bench`.
					connection.tracer.log(`Main thread: longest stall ${stalls.longestMs.toFixed(0)} ms since the last published check`);
					stalls.reset();
				});
			},
			log,
			// Scheduling events, sent only while the client has tracing on (`connectorCertify.trace.server`).
			trace: (message) => connection.tracer.log(message),
		}),
		editor: new EditorDocuments({
			documents,
			uriOf: (file) => units.uriOf(file),
			scopeOf: (uri) => scopeOf(units.forUri(uri)),
			config: (scope) => settings.configFor(scope),
			maxItems: (scope) => settings.maxItemsFor(scope),
			outline: (file, kind, max) => foreground.outline(file, kind, max),
			codeActions: (request) => foreground.codeActions(request),
			query: (request) => foreground.query(request),
			log,
		}),
		client,
		validate: 'openConnectors',
	};

	registerLifecycle(server);
	registerWorkspaceEvents(server);
	registerDocumentEvents(server);
	registerFeatures(connection, server.editor);
	registerCodeActions(server);
	registerWorkspaceCommands(connection, { config: (folder) => settings.configFor(uriOfPath(folder)) });
	connection.onRequest(CHECK_WORKSPACE_REQUEST.method, (_params: unknown, token: CancellationToken) => checkWorkspace(server, token));
	documents.listen(connection);
	connection.listen();
}

// ---- checks ------------------------------------------------------------------------------------------------------

/** The checks a unit needs now (the scheduler's `plan`); clears what it no longer covers, and drops a unit left with nothing. */
async function planChecks(server: Server, unit: Unit, stale: () => boolean): Promise<UnitCheck[]> {
	const { documents, units, log } = server;
	// Files only on disk are checked for a workspace connector when the whole workspace is, or a sweep reached it.
	const checksDisk = server.validate === 'workspace' || unit.swept === true;
	const jobs = await jobsOf(unit, openDocumentsOf(unit, documents.all()), { inWorkspace: (folder) => checksDisk && units.inWorkspace(folder), uriOf: (file) => units.uriOf(file), log });
	if (stale()) {
		return [];
	}
	const config = await server.settings.configFor(scopeOf(unit));
	const git = { compareWith: await server.settings.compareWithFor(scopeOf(unit)), baseline: await server.settings.baselineFor(scopeOf(unit)) };
	if (stale()) {
		return [];
	}
	unit.lastConfig = JSON.stringify([config, git]);
	server.publisher.clearUncovered(unit, jobs);
	if (!jobs.length) {
		// No timer can be pending here: a schedule since the last await would have made this plan stale.
		if (!unit.published.size) {
			units.delete(unit);
			server.scheduler.forget(unit);
		}
		return [];
	}
	const versionOf = (uri: string) => documents.get(uri)?.version;
	return jobs.map((job) => ({ job, request: requestOf(unit, job, config, git), label: describeJob(job), isCurrent: () => stillCurrent(job, versionOf) }));
}

/** The connector folders under a workspace folder; none, with a warning, when it cannot be searched. */
async function connectorsIn(server: Server, root: string): Promise<ConnectorOnDisk[]> {
	try {
		const connectors = await findConnectorFolders(root);
		server.log.info(`Found ${connectors.length} connector${connectors.length === 1 ? '' : 's'} in ${root}.`);
		return connectors;
	} catch (error) {
		server.log.warn(`Could not search ${root} for connectors: ${describe(error)}`);
		return [];
	}
}

async function scanFolder(server: Server, root: string): Promise<void> {
	const connectors = await connectorsIn(server, root);
	for (const connector of connectors) {
		server.scheduler.schedule(server.units.forFolder(connector.folder), 0);
	}
}

/**
 * "Check All Connectors in Workspace": every connector of the workspace folders, one at a time on the background
 * checker (so memory stays that of one connector), each published as it is done; the client shows the progress and
 * may cancel. The swept connectors stay checked as their files change; the rest of the time only open ones are.
 */
async function checkWorkspace(server: Server, token: CancellationToken): Promise<CheckWorkspaceResult> {
	const connectors = (await Promise.all(server.units.roots.map((root) => connectorsIn(server, root)))).flat();
	let checked = 0;
	for (const connector of connectors) {
		if (token.isCancellationRequested) {
			break;
		}
		const unit = server.units.forFolder(connector.folder);
		unit.swept = true;
		await server.scheduler.checkNow(unit);
		checked++;
		void server.connection.sendNotification(CHECK_WORKSPACE_PROGRESS, { checked, connectors: connectors.length } satisfies CheckWorkspaceProgress);
	}
	server.log.info(`Checked ${checked} of ${connectors.length} connector${connectors.length === 1 ? '' : 's'} in the workspace${checked < connectors.length ? ' (cancelled)' : ''}.`);
	// The background thread now holds what it read of every connector; a fresh one starts with the next check.
	server.background.release();
	return { connectors: connectors.length, checked, cancelled: checked < connectors.length };
}

// ---- protocol handlers -------------------------------------------------------------------------------------------

/** initialize (capabilities, workspace folders), initialized (registrations, the workspace scan) and shutdown. */
function registerLifecycle(server: Server): void {
	const { connection, log } = server;
	connection.onInitialize((params) => {
		// The editor thread starts loading now, while the client finishes the handshake and opens its first document:
		// the extension only runs in workspaces with a connector, so it will be needed.
		server.foreground.prestart();
		return initialize(server, params);
	});
	connection.onInitialized(
		safe(log, 'initialized', async () => {
			if (server.client.dynamicConfigurationChange) {
				await connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION });
			}
			if (server.client.workspaceFolderChanges) {
				connection.workspace.onDidChangeWorkspaceFolders(safe(log, 'workspace/didChangeWorkspaceFolders', (event) => workspaceFoldersChanged(server, event)));
			}
			if (server.validate === 'workspace') {
				await Promise.all(server.units.roots.map((root) => scanFolder(server, root)));
			}
		}),
	);
	connection.onShutdown(
		safe(log, 'shutdown', () => {
			server.scheduler.dispose();
			server.foreground.dispose();
			server.background.dispose();
			server.large.dispose();
		}),
	);
}

function initialize(server: Server, params: InitializeParams): InitializeResult {
	const capabilities = params.capabilities;
	server.settings.setPulling(capabilities.workspace?.configuration === true);
	server.client.dynamicConfigurationChange = capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
	server.client.workspaceFolderChanges = capabilities.workspace?.workspaceFolders === true;
	server.client.resolveEdits = capabilities.textDocument?.codeAction?.resolveSupport?.properties.includes('edit') === true;
	const options = (params.initializationOptions ?? {}) as { readonly [K in keyof InitializationOptions]?: unknown };
	server.client.ruleDocumentation = typeof options.ruleDocumentation === 'string' && options.ruleDocumentation.startsWith('file:') ? options.ruleDocumentation.replace(/\/+$/, '') : undefined;
	server.validate = options.validate === 'workspace' ? 'workspace' : 'openConnectors';
	server.client.reportsJsonSyntax = options.jsonSyntaxErrors === 'editor';
	const folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: '' }] : []);
	server.units.setRoots(folders.flatMap((folder) => pathOfUri(folder.uri) ?? []));
	return {
		capabilities: {
			textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
			codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: true },
			...FEATURE_CAPABILITIES,
			workspace: { workspaceFolders: { supported: true, changeNotifications: server.client.workspaceFolderChanges } },
		},
		serverInfo: { name: 'connector-certify', version: packageVersion },
	};
}

async function workspaceFoldersChanged(server: Server, event: WorkspaceFoldersChangeEvent): Promise<void> {
	const removed = event.removed.flatMap((folder) => pathOfUri(folder.uri) ?? []);
	const added = event.added.flatMap((folder) => pathOfUri(folder.uri) ?? []);
	for (const unit of server.units.changeRoots(added, removed)) {
		server.scheduler.schedule(unit, 0); // Outside the workspace now: only its open files stay checked.
	}
	if (server.validate === 'workspace') {
		await Promise.all(added.map((root) => scanFolder(server, root)));
	}
}

/** Settings changes and file events from the client's watcher. */
function registerWorkspaceEvents(server: Server): void {
	const { connection, documents, units, scheduler, log } = server;
	connection.onDidChangeConfiguration(
		safe(log, 'workspace/didChangeConfiguration', async (params) => {
			server.settings.changed(params.settings);
			// Re-check what the change affects (all units, when in doubt), and nothing else: VS Code sends this once
			// right after registration, while the workspace scan is running.
			await Promise.all(
				units.all().map(async (unit) => {
					const git = { compareWith: await server.settings.compareWithFor(scopeOf(unit)), baseline: await server.settings.baselineFor(scopeOf(unit)) };
					const config = JSON.stringify([await server.settings.configFor(scopeOf(unit)), git]);
					if (unit.lastConfig !== config) {
						scheduler.schedule(unit, 0);
					}
				}),
			);
		}),
	);
	connection.onDidChangeWatchedFiles(
		safe(log, 'workspace/didChangeWatchedFiles', (params) => {
			// A commit, checkout or reset moved a ref (git writes .git/logs/HEAD each time): connectors being edited are
			// compared with their previous version again.
			if (params.changes.some((change) => /[\\/]\.git[\\/]/.test(change.uri))) {
				for (const unit of units.all()) {
					if (openDocumentsOf(unit, documents.all()).length > 0) {
						scheduler.schedule(unit, FILE_EVENT_DEBOUNCE_MS);
					}
				}
			}
			for (const change of params.changes) {
				const file = pathOfUri(change.uri);
				if (!file || (fileKindOf(path.basename(file)) === undefined && artifactKindOf(path.basename(file)) === undefined)) {
					continue;
				}
				const unit = units.forFolder(path.dirname(file));
				if (change.type === FileChangeType.Deleted && !documents.get(change.uri)) {
					server.publisher.clear(unit, pathKey(file));
				}
				// Checking only open connectors, a file event matters to a connector with an open file or a swept one.
				if (server.validate === 'workspace' || unit.swept || openDocumentsOf(unit, documents.all()).length > 0) {
					scheduler.schedule(unit, FILE_EVENT_DEBOUNCE_MS);
				}
			}
		}),
	);
}

/** Open, change and close of the documents the server checks: an open is checked at once, typing after a debounce. */
function registerDocumentEvents(server: Server): void {
	const { documents, units, scheduler, log } = server;
	/** Documents opened but not yet seen by onDidChangeContent, which fires for an open too: that check is not debounced. */
	const justOpened = new Set<string>();
	documents.onDidOpen(
		safe(log, 'textDocument/didOpen', (event) => {
			const uri = event.document.uri;
			if (isConnectorDocument(uri) || isArtifactDocument(uri)) {
				justOpened.add(uri);
				units.rememberClientUri(uri);
			}
		}),
	);
	documents.onDidChangeContent(
		safe(log, 'textDocument/didChange', (event) => {
			const uri = event.document.uri;
			if (!isConnectorDocument(uri) && !isArtifactDocument(uri)) {
				return;
			}
			const opening = justOpened.delete(uri);
			scheduler.schedule(units.forUri(uri), opening ? 0 : CHANGE_DEBOUNCE_MS);
		}),
	);
	documents.onDidClose(
		safe(log, 'textDocument/didClose', (event) => {
			const uri = event.document.uri;
			justOpened.delete(uri);
			server.editor.forget(uri);
			server.foreground.forget(uri);
			server.large.forget(uri);
			// The large-document thread holds what it parsed of such a document: give it back once none is open.
			if (!documents.all().some((document) => document.uri !== uri && document.getText().length > LARGE_DOCUMENT_CHARS)) {
				server.large.release();
			}
			if (!isConnectorDocument(uri) && !isArtifactDocument(uri)) {
				return;
			}
			const unit = units.forUri(uri);
			if (unit.uri !== undefined) {
				// Not a file: nothing on disk to check it against.
				scheduler.schedule(unit, 0);
				server.publisher.clear(unit, uri);
				return;
			}
			if (server.validate === 'openConnectors' && !unit.swept && openDocumentsOf(unit, documents.all()).length === 0) {
				// The connector's last open file closed: its findings go with it, and the server lets it go.
				scheduler.forget(unit);
				for (const key of [...unit.published.keys()]) {
					server.publisher.clear(unit, key);
				}
				units.delete(unit);
				return;
			}
			// Re-check from disk; the diagnostics stay until the new ones replace them (or the file is gone).
			scheduler.schedule(unit, 0);
		}),
	);
}

/** Quick fixes and fix-all, computed by the checker thread of open documents (EditorDocuments.codeActions). */
function registerCodeActions(server: Server): void {
	const { connection, editor } = server;
	connection.onCodeAction(
		editorRequest('textDocument/codeAction', editor, (params) => params.textDocument.uri, [], async (params, checkpoint, token) => {
			if (!mayHaveCodeActions(params)) {
				return [];
			}
			const uri = params.textDocument.uri;
			const max = await editor.maxItems(uri);
			checkpoint();
			const answer = await editor.codeActions(uri, { kind: 'list', params, max, resolveEdits: server.client.resolveEdits }, token);
			if (answer && answer.total > max) {
				editor.notices.say(uri, editor.version(uri) ?? 0, 'code-actions', `Quick fixes for the selection in ${uri} stop at ${max} of ${answer.total} (connectorCertify.maxItemsComputed).`);
			}
			return answer?.actions ?? [];
		}),
	);
	connection.onCodeActionResolve(async (action, token) =>
		// The fallback is the action as it came: unresolved, it does nothing.
		editorRequest('codeAction/resolve', editor, (item: CodeAction) => (isFixAllData(item.data) ? item.data.uri : undefined), action, async (item, _checkpoint, itemToken) => {
			if (!isFixAllData(item.data)) {
				return item;
			}
			const answer = await editor.codeActions(item.data.uri, { kind: 'resolve', action: item }, itemToken);
			return answer?.actions[0] ?? item;
		})(action, token),
	);
}
