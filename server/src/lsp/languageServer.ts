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
	type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { artifactKindOf, fileKindOf, type JsonFileKind } from '../core/connector';
import { parseBytes, parseText, type EngineConfig, type ParsedFile } from '../engine/index';
import type { ConnectorInput } from '../engine/run';
import { connectorInFolder, findConnectorFolders } from '../host/nodeConnector';
import { version as packageVersion } from '../../../package.json';
import { Checker, type Logger } from './checker';
import { codeActions, FIX_ALL_KIND, isFixAllData, resolveFixAll } from './codeActions';
import type { ConnectorAt } from './editorServices';
import { FEATURE_CAPABILITIES, registerFeatures } from './features';
import { describeJob, jobsOf, openDocumentsOf, requestOf, stillCurrent, type Job } from './jobs';
import { DiagnosticsPublisher } from './publisher';
import { registerWorkspaceCommands } from './workspaceCommands';
import { Scheduler, type PlannedCheck } from './scheduler';
import { SETTINGS_SECTION, toEngineConfig } from './settings';
import { isArtifactDocument, isConnectorDocument, scopeOf, Units, type Unit } from './units';
import { baseNameOfUri, pathKey, pathOfUri, uriOfPath } from './uris';

/** Delay between the last keystroke and the check. */
const CHANGE_DEBOUNCE_MS = 250;
/** Delay for file events from the watcher (a branch switch delivers many at once). */
const FILE_EVENT_DEBOUNCE_MS = 250;

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
	/** Settings pushed with didChangeConfiguration, used when the client cannot answer `workspace/configuration`. */
	let pushedSettings: unknown;
	const configCache = new Map<string, Promise<EngineConfig>>();
	const settingsWarnings = new Set<string>();
	const units = new Units();
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

	// ---- scheduling and publishing -------------------------------------------------------------------------------

	const publisher = new DiagnosticsPublisher({ send: (params) => void connection.sendDiagnostics(params), uriOf: (file) => units.uriOf(file), log });
	const scheduler = new Scheduler<Unit, UnitCheck>({
		foreground,
		background,
		plan: planChecks,
		publish: (unit, check, outcome) => publisher.outcome(unit, check.job, outcome),
		log,
		trace,
	});

	/** Supersedes whatever the unit is doing and checks it again after `delay`. */
	function schedule(unit: Unit, delay: number): void {
		scheduler.schedule(unit, delay);
	}

	/** The checks a unit needs now; clears what it no longer covers, and drops a unit left with nothing. */
	async function planChecks(unit: Unit, stale: () => boolean): Promise<UnitCheck[]> {
		const jobs = await jobsOf(unit, openDocumentsOf(unit, documents.all()), { inWorkspace: (folder) => units.inWorkspace(folder), uriOf: (file) => units.uriOf(file), log });
		if (stale()) {
			return [];
		}
		const config = await configFor(scopeOf(unit));
		if (stale()) {
			return [];
		}
		unit.lastConfig = JSON.stringify(config);
		publisher.clearUncovered(unit, jobs);
		if (!jobs.length) {
			// No timer can be pending here: a schedule since the last await would have made this plan stale.
			if (!unit.published.size) {
				units.delete(unit);
				scheduler.forget(unit);
			}
			return [];
		}
		const versionOf = (uri: string) => documents.get(uri)?.version;
		return jobs.map((job) => ({ job, request: requestOf(unit, job, config), label: describeJob(job), isCurrent: () => stillCurrent(job, versionOf) }));
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
			schedule(units.forFolder(connector.folder), 0);
		}
	}

	// ---- protocol handlers ---------------------------------------------------------------------------------------

	connection.onInitialize((params): InitializeResult => {
		const capabilities = params.capabilities;
		hasConfigurationCapability = capabilities.workspace?.configuration === true;
		hasDynamicConfigurationChange = capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
		hasWorkspaceFolderChanges = capabilities.workspace?.workspaceFolders === true;
		canResolveEdits = capabilities.textDocument?.codeAction?.resolveSupport?.properties.includes('edit') === true;
		const folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: '' }] : []);
		units.setRoots(
			folders.flatMap((folder) => {
				const root = pathOfUri(folder.uri);
				return root ? [root] : [];
			}),
		);
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
						for (const unit of units.changeRoots(added, removed)) {
							schedule(unit, 0); // Outside the workspace now: only its open files stay checked.
						}
						await Promise.all(added.map(scanFolder));
					}),
				);
			}
			await Promise.all(units.roots.map(scanFolder));
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
				units.all().map(async (unit) => {
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
				const unit = units.forFolder(path.dirname(file));
				if (change.type === FileChangeType.Deleted && !documents.get(change.uri)) {
					publisher.clear(unit, pathKey(file));
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
				uris[otherKind] = open?.uri ?? units.uriOf(other);
			}
		}
		return { kind, input, uris, scope: scopeOf(units.forUri(uri)) };
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
				units.rememberClientUri(uri);
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
			schedule(units.forUri(uri), opening ? 0 : CHANGE_DEBOUNCE_MS);
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
			const unit = units.forUri(uri);
			if (unit.uri !== undefined) {
				// Not a file: nothing on disk to check it against.
				schedule(unit, 0);
				publisher.clear(unit, uri);
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
