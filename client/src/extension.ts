/**
 * The VS Code side of Connector Certify: starts the language server (`dist/server.js`), shows the active connector's
 * problem counts in the status bar, and registers the extension's commands. Rule logic lives in the server; the client
 * imports only `server/src/protocol` (the request types and the connector file names).
 *
 * The connector files stay in the `json` language, so VS Code's own JSON features keep working; the server is
 * attached to them by file name pattern.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, RevealOutputChannelOn, State, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { CHECK_WORKSPACE_PROGRESS, CHECK_WORKSPACE_REQUEST, type CheckWorkspaceProgress, type CheckWorkspaceResult, type InitializationOptions, type ValidateScope } from '../../server/src/protocol/commands';
import { artifactKindOf, fileKindOf } from '../../server/src/protocol/connectorFiles';
import { SERVER_NODE_FLAGS } from '../../server/src/protocol/launch';
import { ConnectorFolders, folderOf } from './connectorFolders';
import { UpdateStatus } from './updateStatus';
import { createWorkspaceCommands } from './workspaceCommands';

/** The `source` the server puts on its diagnostics. */
const DIAGNOSTIC_SOURCE = 'connector-certify';
const OUTPUT_NAME = 'Connector Certify';

let client: LanguageClient | undefined;

/** The commands, by id without the `connectorCertify.` prefix. Each is also declared in `package.json`. */
function createCommands(context: vscode.ExtensionContext, output: vscode.LogOutputChannel, restart: () => Promise<void>): Record<string, (...args: never[]) => unknown> {
	return {
		restartServer: restart,
		showOutput: () => output.show(true),
		// Run by quick fixes after their edit: selects the generated wording so typing replaces it.
		selectText: (uri: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }) => {
			const editor = vscode.window.visibleTextEditors.find((candidate) => candidate.document.uri.toString() === uri);
			if (editor) {
				const selection = new vscode.Selection(range.start.line, range.start.character, range.end.line, range.end.character);
				editor.selection = selection;
				editor.revealRange(selection);
			}
		},
		// The rule pages ship with the extension: open the local page as a preview, the web page otherwise.
		showRuleDocumentation: async (ruleId: string, url: string) => {
			const page = vscode.Uri.file(context.asAbsolutePath(path.join('docs', 'rules', `${ruleId}.md`)));
			try {
				await vscode.workspace.fs.stat(page);
				await vscode.commands.executeCommand('markdown.showPreview', page);
			} catch {
				await vscode.env.openExternal(vscode.Uri.parse(url));
			}
		},
		ignoreRuleInWorkspace: async (ruleId: string) => {
			const settings = vscode.workspace.getConfiguration('connectorCertify');
			const rules = { ...settings.get<Record<string, string>>('rules', {}), [ruleId]: 'off' };
			await settings.update('rules', rules, vscode.ConfigurationTarget.Workspace);
			void vscode.window.showInformationMessage(`Connector Certify: ${ruleId} is off in this workspace ("connectorCertify.rules").`);
		},
	};
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
	const output = vscode.window.createOutputChannel(OUTPUT_NAME, { log: true });
	context.subscriptions.push(output);

	const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
	const serverOptions: ServerOptions = {
		run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS] } },
		debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS, '--nolazy', '--inspect=6009'] } },
	};
	// The icon, script.csx, readme.md and intro.md are watched too: rules read them, and their findings change with them;
	// and git's HEAD log, written at each commit, checkout or reset, so the breaking-change comparison follows the ref.
	const watchers = ['**/apiProperties.json', '**/*.swagger.json', '**/icon.png', '**/script.csx', '**/[Rr][Ee][Aa][Dd][Mm][Ee].md', '**/[Ii][Nn][Tt][Rr][Oo].md', '**/.git/logs/HEAD'].map((glob) =>
		vscode.workspace.createFileSystemWatcher(glob),
	);
	context.subscriptions.push(...watchers);
	const connectorFolders = new ConnectorFolders(watchers.slice(0, 2));
	context.subscriptions.push(connectorFolders);
	void connectorFolders.scan();
	const clientOptions: LanguageClientOptions = {
		documentSelector: [
			{ scheme: 'file', language: 'json', pattern: '**/apiDefinition.swagger.json' },
			{ scheme: 'file', language: 'json', pattern: '**/apiProperties.json' },
			{ scheme: 'file', language: 'json', pattern: '**/*.swagger.json' },
			// intro.md and readme.md are checked as typed (and intro.md gets the template's section snippets); the
			// server only acts on them beside a connector.
			{ scheme: 'file', language: 'markdown', pattern: '**/[Ii][Nn][Tt][Rr][Oo].md' },
			{ scheme: 'file', language: 'markdown', pattern: '**/[Rr][Ee][Aa][Dd][Mm][Ee].md' },
			{ scheme: 'file', pattern: '**/script.csx' },
		],
		synchronize: { fileEvents: watchers },
		// Read at every (re)start. Rule links (in Problems and the diagnostic hover) open the pages shipped in the
		// extension, online or offline; `validate` says which connectors the server checks.
		initializationOptions: (): InitializationOptions => ({
			ruleDocumentation: vscode.Uri.file(context.asAbsolutePath(path.join('docs', 'rules'))).toString(),
			validate: vscode.workspace.getConfiguration('connectorCertify').get<ValidateScope>('validate') === 'workspace' ? 'workspace' : 'openConnectors',
			// The files stay in the json language, whose service already reports their syntax errors.
			jsonSyntaxErrors: 'editor',
		}),
		outputChannel: output,
		revealOutputChannelOn: RevealOutputChannelOn.Never,
		initializationFailedHandler: (error) => {
			output.error(`The Connector Certify server failed to initialize: ${error instanceof Error ? error.message : String(error)}`);
			return false;
		},
	};
	const languageClient = new LanguageClient('connectorCertify', 'Connector Certify', serverOptions, clientOptions);
	client = languageClient;

	const status = new ProblemsStatus(languageClient);
	const updateStatus = new UpdateStatus(languageClient, output);
	context.subscriptions.push(status, new PackageStatus(connectorFolders), updateStatus);

	const start = async () => {
		try {
			await languageClient.start();
		} catch (error) {
			output.error(`Could not start the Connector Certify server: ${error instanceof Error ? error.message : String(error)}`);
			void vscode.window.showErrorMessage('Connector Certify: the language server could not start. See the "Connector Certify" output for details.');
		}
	};
	const restart = async () => {
		try {
			if (languageClient.isRunning()) {
				await languageClient.restart();
			} else {
				await start();
			}
			output.info('The Connector Certify server was restarted.');
		} catch (error) {
			output.error(`Could not restart the Connector Certify server: ${error instanceof Error ? error.message : String(error)}`);
		}
	};
	// Which connectors are checked is decided at the server's start.
	context.subscriptions.push(
		vscode.workspace.onDidChangeConfiguration((event) => {
			if (event.affectsConfiguration('connectorCertify.validate')) {
				void restart();
			}
		}),
	);
	const commands = {
		...createCommands(context, output, restart),
		...createWorkspaceCommands(languageClient, connectorFolders, output),
		checkWorkspace: () => checkWorkspace(languageClient),
		showUpdateChanges: () => updateStatus.showChanges(),
	};
	for (const [name, run] of Object.entries(commands)) {
		context.subscriptions.push(vscode.commands.registerCommand(`connectorCertify.${name}`, run));
	}
	await start();
}

/** "Check All Connectors in Workspace": the server's one-off sweep, with its progress and a Cancel button. */
async function checkWorkspace(languageClient: LanguageClient): Promise<void> {
	await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Connector Certify: checking every connector in the workspace', cancellable: true }, async (progress, token) => {
		let reported = 0;
		const listener = languageClient.onNotification(CHECK_WORKSPACE_PROGRESS, (update: CheckWorkspaceProgress) => {
			progress.report({ message: `${update.checked} of ${update.connectors}`, increment: ((update.checked - reported) / Math.max(1, update.connectors)) * 100 });
			reported = update.checked;
		});
		try {
			const result = (await languageClient.sendRequest(CHECK_WORKSPACE_REQUEST.method, {}, token)) as CheckWorkspaceResult;
			const what = `${result.checked} of ${result.connectors} connector${result.connectors === 1 ? '' : 's'}`;
			void vscode.window.showInformationMessage(result.cancelled ? `Connector Certify: stopped after ${what}.` : `Connector Certify: checked ${what}; their findings are in the Problems panel.`);
		} catch (error) {
			if (!token.isCancellationRequested) {
				void vscode.window.showErrorMessage(`Connector Certify: the workspace check failed: ${error instanceof Error ? error.message : String(error)}`);
			}
		} finally {
			listener.dispose();
		}
	});
}

export async function deactivate(): Promise<void> {
	const running = client;
	client = undefined;
	if (running?.needsStop()) {
		await running.stop();
	}
}

/**
 * The status-bar item: errors and warnings of the active editor's connector (both its files). Shown when the active
 * editor is a connector file or sits in a folder whose connector files have problems; clicking it opens the Problems
 * panel. While the server is not running it says so, and clicking it restarts the server.
 */
class ProblemsStatus implements vscode.Disposable {
	readonly #item = vscode.window.createStatusBarItem('connectorCertify.status', vscode.StatusBarAlignment.Left, 0);
	readonly #disposables: vscode.Disposable[] = [];
	readonly #client: LanguageClient;

	constructor(languageClient: LanguageClient) {
		this.#client = languageClient;
		this.#item.name = 'Connector Certify';
		this.#disposables.push(
			this.#item,
			vscode.window.onDidChangeActiveTextEditor(() => this.#update()),
			vscode.languages.onDidChangeDiagnostics((event) => {
				const folder = this.#activeFolder();
				if (folder && event.uris.some((uri) => folderOf(uri)?.toString() === folder.toString())) {
					this.#update();
				}
			}),
			languageClient.onDidChangeState(() => this.#update()),
		);
		this.#update();
	}

	/** The connector the item is about: the active file's, or the last one while a preview, webview or panel has focus. */
	#target: { readonly document: vscode.TextDocument; readonly folder: vscode.Uri } | undefined;

	#activeFolder(): vscode.Uri | undefined {
		const document = vscode.window.activeTextEditor?.document;
		if (document && document.uri.scheme === 'file') {
			const folder = folderOf(document.uri);
			this.#target = folder ? { document, folder } : undefined;
		}
		// No file editor active (a rule page's preview, the output): keep the connector the user was on.
		return this.#target?.folder;
	}

	#update(): void {
		const folder = this.#activeFolder();
		const document = this.#target?.document;
		if (!document || !folder) {
			this.#item.hide();
			return;
		}
		let errors = 0;
		let warnings = 0;
		let connectorFiles = 0;
		// Every file of the connector the server reports on, readme.md and intro.md included: the same count as the CLI
		// and Package for Certification.
		for (const [uri, diagnostics] of vscode.languages.getDiagnostics()) {
			const name = path.basename(uri.fsPath);
			if (uri.scheme !== 'file' || (!fileKindOf(name) && !artifactKindOf(name)) || folderOf(uri)?.toString() !== folder.toString()) {
				continue;
			}
			connectorFiles++;
			for (const diagnostic of diagnostics) {
				// The syntax errors of open connector files are VS Code's JSON service's (the server leaves them out there),
				// and they stop Package for Certification as much as ours do.
				if (diagnostic.source !== DIAGNOSTIC_SOURCE && !(diagnostic.source === 'json' && fileKindOf(name))) {
					continue;
				}
				if (diagnostic.severity === vscode.DiagnosticSeverity.Error) {
					errors++;
				} else if (diagnostic.severity === vscode.DiagnosticSeverity.Warning) {
					warnings++;
				}
			}
		}
		const isConnectorFile = fileKindOf(path.basename(document.uri.fsPath)) !== undefined;
		if (!isConnectorFile && (errors === 0 && warnings === 0)) {
			this.#item.hide();
			return;
		}
		if (this.#client.state === State.Stopped) {
			this.#item.text = '$(circle-slash) Connector Certify';
			this.#item.tooltip = 'The Connector Certify server is not running. Click to restart it.';
			this.#item.command = 'connectorCertify.restartServer';
		} else {
			this.#item.text = `$(error) ${errors} $(warning) ${warnings}`;
			const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
			const scope = connectorFiles > 0 ? `this connector (${path.basename(folder.fsPath)})` : 'this file';
			this.#item.tooltip = `Connector Certify: ${plural(errors, 'error')} and ${plural(warnings, 'warning')} in ${scope}. Click to open the Problems panel.`;
			this.#item.command = 'workbench.actions.view.problems';
		}
		this.#item.show();
	}

	dispose(): void {
		for (const disposable of this.#disposables) {
			disposable.dispose();
		}
	}
}

/** "Package" in the status bar while a file of a connector folder is active: packaging is one click away. */
class PackageStatus implements vscode.Disposable {
	readonly #item = vscode.window.createStatusBarItem('connectorCertify.package', vscode.StatusBarAlignment.Left, -1);
	readonly #disposables: vscode.Disposable[];

	constructor(private readonly folders: ConnectorFolders) {
		this.#item.name = 'Connector Certify: Package';
		this.#item.text = '$(package) Package';
		this.#item.command = 'connectorCertify.packageForCertification';
		this.#disposables = [this.#item, vscode.window.onDidChangeActiveTextEditor(() => this.#update()), folders.onDidChange(() => this.#update())];
		this.#update();
	}

	#update(): void {
		const uri = vscode.window.activeTextEditor?.document.uri;
		const folder = uri && this.folders.connectorOf(uri);
		if (folder) {
			this.#item.tooltip = `Connector Certify: check ${path.basename(folder.fsPath)} and package it for certification`;
			this.#item.show();
		} else {
			this.#item.hide();
		}
	}

	dispose(): void {
		for (const disposable of this.#disposables) {
			disposable.dispose();
		}
	}
}
