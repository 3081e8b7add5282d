/**
 * The language server's main thread: documents, settings, scheduling and publishing, and the editor requests (code
 * actions) that answer from the engine. Checks run on two checker threads (`checkerThread.ts`), one for connectors with open
 * documents and one for files only on disk, so nothing here makes typing wait, nor waits behind the workspace scan.
 *
 * The unit of work is a connector folder: a change to either of its files re-checks the folder, and one check yields
 * the diagnostics of both files (cross-file rules see both) and of the files beside them that rules read (icon.png,
 * script.csx, readme.md, intro.md). An open buffer wins over the file on disk, for the text files beside them too. A
 * connector file open in a folder that is not a connector (or beside another definition) is checked alone.
 *
 * Scheduling (debounce, generations, cancellation, which checker thread) is `scheduler.ts`'s; every event that affects a
 * unit schedules it there, and the scheduler asks this file for the unit's checks and hands back the results to publish.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import {
	CodeActionKind,
	createConnection,
	DidChangeConfigurationNotification,
	FileChangeType,
	ProposedFeatures,
	TextDocuments,
	TextDocumentSyncKind,
	type Diagnostic,
	type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ARTIFACT_KINDS, FILE_KINDS, TEXT_ARTIFACT_KINDS, artifactKindOf, fileKindOf, isTextArtifactKind, type FileKind, type JsonFileKind } from '../core/connector';
import { parseBytes, parseText, type EngineConfig, type ParsedFile } from '../engine/index';
import type { ConnectorInput } from '../engine/run';
import { connectorInFolder, findConnectorFolders } from '../host/nodeConnector';
import { version as packageVersion } from '../../../package.json';
import { Checker, type Logger } from './checker';
import { codeActions, FIX_ALL_KIND, isFixAllData, resolveFixAll } from './codeActions';
import type { ConnectorAt } from './editorServices';
import { FEATURE_CAPABILITIES, registerFeatures } from './features';
import { registerWorkspaceCommands } from './workspaceCommands';
import { hostDiagnostic, HOST_CODES, toDiagnostic } from './diagnostics';
import { Scheduler, type PlannedCheck, type PublishableOutcome } from './scheduler';
import { SETTINGS_SECTION, toEngineConfig } from './settings';
import { baseNameOfUri, pathKey, pathOfUri, uriOfPath } from './uris';
import type { CheckResponse, OpenFile } from './workerProtocol';

/** Delay between the last keystroke and the check. */
const CHANGE_DEBOUNCE_MS = 250;
/** Delay for file events from the watcher (a branch switch delivers many at once). */
const FILE_EVENT_DEBOUNCE_MS = 250;

const KINDS: readonly FileKind[] = ['swagger', 'apiProperties'];

/** A connector folder (or one non-file document) and what has been published for it. */
interface Unit {
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
}

/** One file of a check: where it is and, when open, the buffer. */
interface JobFile {
	readonly key: string;
	readonly uri: string;
	readonly path?: string;
	readonly open?: OpenFile;
}

type Job = Partial<Record<FileKind, JobFile>>;

/** A check as the scheduler runs it, with the job it came from for publishing. */
interface UnitCheck extends PlannedCheck {
	readonly job: Job;
}

function describe(error: unknown): string {
	return error instanceof Error ? (error.stack ?? error.message) : String(error);
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
	// Two checker threads: one for connectors with open documents, one for the workspace scan and file events, so a
	// keystroke's check never waits behind a large connector the scan happens to be checking.
	const foreground = new Checker(script, 'foreground', log);
	const background = new Checker(script, 'background', log);
	/** Scheduling events, sent only while the client has tracing on (`connectorCertify.trace.server`). */
	const trace = (message: string) => connection.tracer.log(message);

	let hasConfigurationCapability = false;
	let hasDynamicConfigurationChange = false;
	let hasWorkspaceFolderChanges = false;
	/** Whether the client can fill in a code action's edit later (codeAction/resolve); if not, fix-all edits come at once. */
	let canResolveEdits = false;
	let workspaceRoots: string[] = [];
	/** Settings pushed with didChangeConfiguration, used when the client cannot answer `workspace/configuration`. */
	let pushedSettings: unknown;
	const configCache = new Map<string, Promise<EngineConfig>>();
	const settingsWarnings = new Set<string>();
	const units = new Map<string, Unit>();
	/** The URI a client used for a file, so diagnostics for it stay under one URI after it is closed. */
	const clientUris = new Map<string, string>();
	const justOpened = new Set<string>();

	/** Wraps a handler so that nothing it throws or rejects crosses the wire; errors go to the server log. */
	function safe<A extends unknown[]>(name: string, handler: (...args: A) => unknown): (...args: A) => void {
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

	process.on('uncaughtException', (error) => log.error(`Uncaught exception: ${describe(error)}`));
	process.on('unhandledRejection', (reason) => log.error(`Unhandled rejection: ${describe(reason)}`));

	// ---- files and units -----------------------------------------------------------------------------------------

	/** A document the server checks: a connector file by its base name. */
	function isConnectorDocument(uri: string): boolean {
		return fileKindOf(baseNameOfUri(uri)) !== undefined;
	}

	/**
	 * A text file beside a connector's definition that rules read (script.csx, readme.md, intro.md), open as a file:
	 * checked with its folder's connector, its buffer over the disk. Never checked alone.
	 */
	function isArtifactDocument(uri: string): boolean {
		const kind = artifactKindOf(baseNameOfUri(uri));
		return kind !== undefined && isTextArtifactKind(kind) && pathOfUri(uri) !== undefined;
	}

	function keyOfUri(uri: string): string {
		const file = pathOfUri(uri);
		return file ? pathKey(file) : uri;
	}

	function unitFor(uri: string): Unit {
		const file = pathOfUri(uri);
		return file ? unitForFolder(path.dirname(file)) : unitFor0(uri, { key: uri, uri });
	}

	function unitForFolder(folder: string): Unit {
		return unitFor0(pathKey(folder), { key: pathKey(folder), folder });
	}

	function unitFor0(key: string, init: { key: string; folder?: string; uri?: string }): Unit {
		let unit = units.get(key);
		if (!unit) {
			unit = { ...init, published: new Map(), artifactKeys: new Set() };
			units.set(key, unit);
		}
		return unit;
	}

	/** The open connector documents (and text artifacts) a unit covers. */
	function openDocumentsOf(unit: Unit): TextDocument[] {
		return documents.all().filter((document) => {
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

	/** The checks a unit needs now: its connector (open buffers over disk) and any open connector file outside it. */
	async function jobsOf(unit: Unit): Promise<Job[]> {
		const open = openDocumentsOf(unit);
		const openByKey = new Map(open.map((document) => [keyOfUri(document.uri), document]));
		const jobs: Job[] = [];
		const covered = new Set<string>();
		// Files on disk are checked inside the workspace, and beside an open document anywhere.
		const onDisk = unit.folder !== undefined && (open.length > 0 || workspaceRoots.some((root) => isUnder(unit.folder!, root)));
		if (onDisk) {
			let connector;
			try {
				connector = await connectorInFolder(unit.folder!);
			} catch (error) {
				const code = (error as NodeJS.ErrnoException).code;
				if (code !== 'ENOENT' && code !== 'ENOTDIR') {
					log.warn(`Cannot read the folder ${unit.folder}: ${describe(error)}`);
				}
			}
			if (connector) {
				const job: Job = {};
				for (const kind of KINDS) {
					const file = connector.paths[kind];
					if (!file) {
						continue;
					}
					const key = pathKey(file);
					const document = openByKey.get(key);
					job[kind] = document
						? { key, uri: document.uri, path: file, open: openFileOf(document) }
						: { key, uri: clientUris.get(key) ?? uriOfPath(file), path: file };
					covered.add(key);
				}
				for (const kind of TEXT_ARTIFACT_KINDS) {
					// The open buffer of the folder's file of this kind, or of one not saved to disk yet.
					const onDiskKey = connector.paths[kind] && pathKey(connector.paths[kind]);
					const document = open.find(
						(candidate) => artifactKindOf(baseNameOfUri(candidate.uri)) === kind && (onDiskKey === undefined || keyOfUri(candidate.uri) === onDiskKey),
					);
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

	// ---- settings ------------------------------------------------------------------------------------------------

	function warnSettings(message: string): void {
		if (!settingsWarnings.has(message)) {
			settingsWarnings.add(message);
			log.warn(message);
		}
	}

	/** The configuration for a scope (a connector folder's URI), pulled from the client once and cached. */
	function configFor(scopeUri: string): Promise<EngineConfig> {
		if (!hasConfigurationCapability) {
			return Promise.resolve(toEngineConfig(pushedSettings, warnSettings));
		}
		let config = configCache.get(scopeUri);
		if (!config) {
			config = connection.workspace.getConfiguration({ scopeUri, section: SETTINGS_SECTION }).then(
				(raw: unknown) => toEngineConfig(raw, warnSettings),
				(error: unknown) => {
					log.warn(`Could not read the settings for ${scopeUri}; using the defaults: ${describe(error)}`);
					return toEngineConfig(undefined, warnSettings);
				},
			);
			configCache.set(scopeUri, config);
		}
		return config;
	}

	function scopeOf(unit: Unit): string {
		return unit.folder !== undefined ? uriOfPath(unit.folder) : unit.uri!;
	}

	// ---- scheduling and publishing -------------------------------------------------------------------------------

	const scheduler = new Scheduler<Unit, UnitCheck>({
		foreground,
		background,
		plan: planChecks,
		publish: (unit, check, outcome) => publishOutcome(unit, check.job, outcome),
		log,
		trace,
	});

	/** Supersedes whatever the unit is doing and checks it again after `delay`. */
	function schedule(unit: Unit, delay: number): void {
		scheduler.schedule(unit, delay);
	}

	function publish(unit: Unit, file: { key: string; uri: string; open?: OpenFile }, diagnostics: Diagnostic[]): void {
		const previous = unit.published.get(file.key);
		if (previous !== undefined && previous !== file.uri) {
			void connection.sendDiagnostics({ uri: previous, diagnostics: [] });
		}
		unit.published.set(file.key, file.uri);
		void connection.sendDiagnostics({ uri: file.uri, version: file.open?.version, diagnostics });
	}

	function clear(unit: Unit, key: string): void {
		const uri = unit.published.get(key);
		if (uri !== undefined) {
			unit.published.delete(key);
			void connection.sendDiagnostics({ uri, diagnostics: [] });
		}
	}

	/** True while a job's open buffers are still at the versions it read. */
	function stillCurrent(job: Job): boolean {
		return FILE_KINDS.every((kind) => {
			const open = job[kind]?.open;
			return !open || documents.get(open.uri)?.version === open.version;
		});
	}

	/** The checks a unit needs now; clears what it no longer covers, and drops a unit left with nothing. */
	async function planChecks(unit: Unit, stale: () => boolean): Promise<UnitCheck[]> {
		const jobs = await jobsOf(unit);
		if (stale()) {
			return [];
		}
		const config = await configFor(scopeOf(unit));
		if (stale()) {
			return [];
		}
		unit.lastConfig = JSON.stringify(config);
		const covered = new Set(jobs.flatMap((job) => KINDS.flatMap((kind) => (job[kind] ? [job[kind].key] : []))));
		for (const key of [...unit.published.keys()]) {
			if (!covered.has(key) && !unit.artifactKeys.has(key)) {
				clear(unit, key); // Deleted, renamed away, or no longer part of a connector and not open.
			}
		}
		if (!jobs.length) {
			// No timer can be pending here: a schedule since the last await would have made this plan stale.
			if (!unit.published.size) {
				units.delete(unit.key);
				scheduler.forget(unit);
			}
			return [];
		}
		return jobs.map((job) => {
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
			return { job, request: { folder: unit.folder, paths, open, config }, label: describeJob(job), isCurrent: () => stillCurrent(job) };
		});
	}

	function describeJob(job: Job): string {
		return FILE_KINDS.flatMap((kind) => {
			const file = job[kind];
			return file ? [`${file.uri}${file.open ? `@${file.open.version}` : ' (disk)'}`] : [];
		}).join(', ');
	}

	function publishOutcome(unit: Unit, job: Job, outcome: PublishableOutcome): void {
		const uriOf = (kind: FileKind) => job[kind]?.uri;
		for (const kind of KINDS) {
			const file = job[kind];
			if (!file) {
				continue;
			}
			if (outcome.kind === 'failed') {
				log.error(`Could not check ${file.uri}: ${outcome.message}`);
				publish(unit, file, [hostDiagnostic(HOST_CODES.checkFailed, `Connector Certify could not check this file: ${outcome.message.split('\n')[0]}. See the "Connector Certify" output for details.`)]);
				continue;
			}
			const { response } = outcome;
			const diagnostics = response.findings[kind].map((finding) => toDiagnostic(finding, uriOf));
			const reason = response.unreadable[kind];
			if (reason) {
				log.warn(`Cannot check ${file.uri}: ${reason}`);
				diagnostics.unshift(hostDiagnostic(HOST_CODES.unreadable, `Connector Certify cannot check this file: ${reason}`));
			}
			publish(unit, file, diagnostics);
		}
		if (outcome.kind === 'done') {
			publishArtifacts(unit, job, outcome.response);
		}
	}

	/**
	 * Findings on the icon, script.csx, readme.md and intro.md go to those files (with the version of an open buffer
	 * the check read); a file that lost its findings is cleared.
	 */
	function publishArtifacts(unit: Unit, job: Job, response: CheckResponse): void {
		const current = new Set<string>();
		for (const kind of ARTIFACT_KINDS) {
			const file = response.artifactPaths?.[kind];
			if (!file) {
				continue;
			}
			const key = pathKey(file);
			current.add(key);
			const diagnostics = response.findings[kind].map((finding) => toDiagnostic(finding, () => undefined));
			const reason = response.unreadable[kind];
			if (reason) {
				diagnostics.unshift(hostDiagnostic(HOST_CODES.unreadable, `Connector Certify cannot check this file: ${reason}`));
			}
			if (diagnostics.length || unit.published.has(key)) {
				unit.artifactKeys.add(key);
				const open = job[kind]?.key === key ? job[kind] : undefined;
				publish(unit, open ?? { key, uri: clientUris.get(key) ?? uriOfPath(file) }, diagnostics);
			}
		}
		for (const key of [...unit.artifactKeys]) {
			if (!current.has(key)) {
				unit.artifactKeys.delete(key);
				clear(unit, key);
			}
		}
	}

	/** Finds the connectors under a workspace folder and checks them in the background. */
	async function scanFolder(root: string): Promise<void> {
		let connectors;
		try {
			connectors = await findConnectorFolders(root);
		} catch (error) {
			log.warn(`Could not search ${root} for connectors: ${describe(error)}`);
			return;
		}
		log.info(`Found ${connectors.length} connector${connectors.length === 1 ? '' : 's'} in ${root}.`);
		for (const connector of connectors) {
			schedule(unitForFolder(connector.folder), 0);
		}
	}

	function isUnder(file: string, root: string): boolean {
		const relative = path.relative(root, file);
		return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
	}

	// ---- protocol handlers ---------------------------------------------------------------------------------------

	connection.onInitialize((params): InitializeResult => {
		const capabilities = params.capabilities;
		hasConfigurationCapability = capabilities.workspace?.configuration === true;
		hasDynamicConfigurationChange = capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
		hasWorkspaceFolderChanges = capabilities.workspace?.workspaceFolders === true;
		canResolveEdits = capabilities.textDocument?.codeAction?.resolveSupport?.properties.includes('edit') === true;
		const folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: '' }] : []);
		workspaceRoots = folders.flatMap((folder) => {
			const root = pathOfUri(folder.uri);
			return root ? [root] : [];
		});
		return {
			capabilities: {
				textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
				codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: true },
				...FEATURE_CAPABILITIES,
				workspace: { workspaceFolders: { supported: true, changeNotifications: hasWorkspaceFolderChanges } },
			},
			serverInfo: { name: 'connector-certify', version: packageVersion },
		};
	});

	connection.onInitialized(
		safe('initialized', async () => {
			if (hasDynamicConfigurationChange) {
				await connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION });
			}
			if (hasWorkspaceFolderChanges) {
				connection.workspace.onDidChangeWorkspaceFolders(
					safe('workspace/didChangeWorkspaceFolders', async (event) => {
						const removed = event.removed.flatMap((folder) => pathOfUri(folder.uri) ?? []);
						const added = event.added.flatMap((folder) => pathOfUri(folder.uri) ?? []);
						workspaceRoots = [...workspaceRoots.filter((root) => !removed.includes(root)), ...added];
						for (const unit of [...units.values()]) {
							if (unit.folder && removed.some((root) => isUnder(unit.folder!, root))) {
								schedule(unit, 0); // Outside the workspace now: only its open files stay checked.
							}
						}
						await Promise.all(added.map(scanFolder));
					}),
				);
			}
			await Promise.all(workspaceRoots.map(scanFolder));
		}),
	);

	connection.onDidChangeConfiguration(
		safe('workspace/didChangeConfiguration', async (params) => {
			if (!hasConfigurationCapability) {
				const settings = params.settings as Record<string, unknown> | null | undefined;
				pushedSettings = settings?.[SETTINGS_SECTION];
			}
			configCache.clear();
			settingsWarnings.clear();
			// Re-check what the change affects (all units, when in doubt), and nothing else: VS Code sends this once
			// right after registration, while the workspace scan is running.
			await Promise.all(
				[...units.values()].map(async (unit) => {
					const config = JSON.stringify(await configFor(scopeOf(unit)));
					if (unit.lastConfig !== config) {
						schedule(unit, 0);
					}
				}),
			);
		}),
	);

	connection.onDidChangeWatchedFiles(
		safe('workspace/didChangeWatchedFiles', (params) => {
			for (const change of params.changes) {
				const file = pathOfUri(change.uri);
				if (!file || (fileKindOf(path.basename(file)) === undefined && artifactKindOf(path.basename(file)) === undefined)) {
					continue;
				}
				const unit = unitForFolder(path.dirname(file));
				if (change.type === FileChangeType.Deleted && !documents.get(change.uri)) {
					clear(unit, pathKey(file));
				}
				schedule(unit, FILE_EVENT_DEBOUNCE_MS);
			}
		}),
	);

	// ---- editor features ------------------------------------------------------------------------------------------

	/** Parses of open documents for editor requests, by URI and version (the checker threads keep their own). */
	const editorParses = new Map<string, { version: number; parsed: ParsedFile }>();

	function parsedDocument(uri: string): ParsedFile | undefined {
		const document = documents.get(uri);
		if (!document) {
			return undefined;
		}
		const cached = editorParses.get(uri);
		if (cached?.version === document.version) {
			return cached.parsed;
		}
		const parsed = parseText(document.getText());
		editorParses.set(uri, { version: document.version, parsed });
		return parsed;
	}

	/** The connector around an open document: the document itself, and its sibling file from a buffer or the disk. */
	async function connectorInputFor(uri: string): Promise<ConnectorAt | undefined> {
		const kind = fileKindOf(baseNameOfUri(uri));
		const parsed = parsedDocument(uri);
		if (!kind || !parsed) {
			return undefined;
		}
		const input: { -readonly [K in keyof ConnectorInput]: ConnectorInput[K] } = { [kind]: parsed };
		const uris: Partial<Record<JsonFileKind, string>> = { [kind]: uri };
		const file = pathOfUri(uri);
		if (file) {
			const folder = path.dirname(file);
			input.folderPath = folder;
			const connector = await connectorInFolder(folder).catch(() => undefined);
			const otherKind = kind === 'swagger' ? 'apiProperties' : 'swagger';
			const other = connector?.paths[otherKind];
			if (other) {
				const open = [...documents.all()].find((document) => pathOfUri(document.uri) === other);
				input[otherKind] = open ? parsedDocument(open.uri) : await fs.readFile(other).then(parseBytes, () => undefined);
				uris[otherKind] = open?.uri ?? clientUris.get(pathKey(other)) ?? uriOfPath(other);
			}
		}
		return { kind, input, uris, scope: scopeOf(unitFor(uri)) };
	}

	registerFeatures(connection, {
		parsed: parsedDocument,
		connector: connectorInputFor,
		config: configFor,
		log,
		text: (uri) => documents.get(uri)?.getText(),
		inConnectorFolder: async (uri) => {
			const file = pathOfUri(uri);
			return file !== undefined && (await connectorInFolder(path.dirname(file)).catch(() => undefined)) !== undefined;
		},
	});

	registerWorkspaceCommands(connection, { config: (folder) => configFor(uriOfPath(folder)) });

	connection.onCodeAction(async (params) => {
		try {
			const connector = await connectorInputFor(params.textDocument.uri);
			if (!connector) {
				return [];
			}
			const config = await configFor(connector.scope);
			const request = { uri: params.textDocument.uri, kind: connector.kind, input: connector.input, config };
			const actions = codeActions(params, request);
			return canResolveEdits ? actions : actions.map((action) => (isFixAllData(action.data) ? resolveFixAll(action, request) : action));
		} catch (error) {
			log.error(`textDocument/codeAction failed: ${describe(error)}`);
			return [];
		}
	});

	connection.onCodeActionResolve(async (action) => {
		try {
			if (!isFixAllData(action.data)) {
				return action;
			}
			const connector = await connectorInputFor(action.data.uri);
			if (!connector) {
				return action;
			}
			const config = await configFor(connector.scope);
			return resolveFixAll(action, { uri: action.data.uri, kind: connector.kind, input: connector.input, config });
		} catch (error) {
			log.error(`codeAction/resolve failed: ${describe(error)}`);
			return action;
		}
	});

	documents.onDidOpen(
		safe('textDocument/didOpen', (event) => {
			const uri = event.document.uri;
			if (isConnectorDocument(uri) || isArtifactDocument(uri)) {
				justOpened.add(uri);
				const file = pathOfUri(uri);
				if (file) {
					clientUris.set(pathKey(file), uri);
				}
			}
		}),
	);

	documents.onDidChangeContent(
		safe('textDocument/didChange', (event) => {
			const uri = event.document.uri;
			if (!isConnectorDocument(uri) && !isArtifactDocument(uri)) {
				return;
			}
			const opening = justOpened.delete(uri);
			schedule(unitFor(uri), opening ? 0 : CHANGE_DEBOUNCE_MS);
		}),
	);

	documents.onDidClose(
		safe('textDocument/didClose', (event) => {
			const uri = event.document.uri;
			justOpened.delete(uri);
			editorParses.delete(uri);
			foreground.forget(uri);
			if (!isConnectorDocument(uri) && !isArtifactDocument(uri)) {
				return;
			}
			const unit = unitFor(uri);
			if (unit.uri !== undefined) {
				// Not a file: nothing on disk to check it against.
				schedule(unit, 0);
				clear(unit, uri);
				return;
			}
			// Re-check from disk; the diagnostics stay until the new ones replace them (or the file is gone).
			schedule(unit, 0);
		}),
	);

	connection.onShutdown(
		safe('shutdown', () => {
			scheduler.dispose();
			foreground.dispose();
			background.dispose();
		}),
	);

	documents.listen(connection);
	connection.listen();
}
