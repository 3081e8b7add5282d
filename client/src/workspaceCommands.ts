/**
 * The connector commands: package for certification, check a package, scaffold intro.md and readme.md, new
 * connector, check an MCP server's readiness. The client asks which folder and shows the outcome; the language
 * server does the work with the same code as the CLI (`server/src/commands/`), so the editor and CI cannot disagree.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
	CHECK_PACKAGE_REQUEST,
	MCP_ENDPOINT_REQUEST,
	MCP_PROBE_REQUEST,
	NEW_CONNECTOR_REQUEST,
	PACKAGE_REQUEST,
	SCAFFOLD_REQUEST,
	type CommandRequest,
	type McpProbeResult,
	type NewConnectorAuth,
	type NewConnectorKind,
	type PackageFinding,
} from '../../server/src/protocol/commands';
import { isIndependentPublisherPath } from '../../server/src/protocol/connectorFiles';
import { folderOf, type ConnectorFolders } from './connectorFolders';

const TITLE = 'Connector Certify';

function plural(count: number, word: string): string {
	return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function formatBytes(bytes: number): string {
	return bytes < 1024 ? `${bytes} bytes` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function messageOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

/** `Invoices/apiDefinition.swagger.json:26:7`: the finding's file from the connector's parent, 1-based. */
function findingPlace(folder: vscode.Uri, finding: PackageFinding): string {
	return `${path.relative(path.dirname(folder.fsPath), finding.path)}:${finding.line + 1}:${finding.character + 1}`;
}

/** `Invoices/apiDefinition.swagger.json:26:7 op-summary-required The 'summary' …`, as the CLI prints a finding. */
function findingLine(folder: vscode.Uri, finding: PackageFinding): string {
	return `${findingPlace(folder, finding)} ${finding.ruleId} ${finding.message}`;
}

/**
 * Lists the findings behind a refused package in a quick pick: that connector's only, where the Problems panel would
 * show the whole workspace. Moving through the list previews each place; picking one opens it.
 */
async function showFindings(title: string, folder: vscode.Uri, findings: readonly PackageFinding[]): Promise<void> {
	type Item = vscode.QuickPickItem & { readonly finding: PackageFinding };
	const items: Item[] = findings.map((finding) => ({
		label: finding.message,
		description: finding.ruleId,
		detail: findingPlace(folder, finding),
		finding,
	}));
	const open = (finding: PackageFinding, preview: boolean) => {
		const at = new vscode.Position(finding.line, finding.character);
		return vscode.window.showTextDocument(vscode.Uri.file(finding.path), { selection: new vscode.Range(at, at), preview, preserveFocus: preview });
	};
	const picked = await vscode.window.showQuickPick(items, {
		title,
		matchOnDescription: true,
		matchOnDetail: true,
		onDidSelectItem: (item) => void open((item as Item).finding, true).then(undefined, () => undefined),
	});
	if (picked) {
		await open(picked.finding, false);
	}
}

export function createWorkspaceCommands(client: LanguageClient, folders: ConnectorFolders, output: vscode.LogOutputChannel): Record<string, (...args: never[]) => unknown> {
	/** Sends a request; a failure becomes an error message (the server's message is already one clear line). */
	async function request<P, R>(type: CommandRequest<P, R>, params: P): Promise<R | undefined> {
		try {
			return await client.sendRequest<R>(type.method, params);
		} catch (error) {
			output.error(`${type.method} failed: ${messageOf(error)}`);
			void vscode.window.showErrorMessage(`${TITLE}: ${messageOf(error)}`);
			return undefined;
		}
	}

	/**
	 * The connector a command acts on: the Explorer selection (a connector folder or a file in one), else the active
	 * editor's connector, else the only connector of the workspace, else the user's choice among them.
	 */
	async function connectorFolder(resource: vscode.Uri | undefined, action: string): Promise<vscode.Uri | undefined> {
		if (resource instanceof vscode.Uri && resource.scheme === 'file') {
			const stat = await vscode.workspace.fs.stat(resource).then(
				(value) => value,
				() => undefined,
			);
			return stat?.type === vscode.FileType.Directory ? resource : folderOf(resource);
		}
		const active = vscode.window.activeTextEditor?.document.uri;
		const activeConnector = active && folders.connectorOf(active);
		if (activeConnector) {
			return activeConnector;
		}
		const candidates = folders.folders;
		if (candidates.length === 0) {
			const choice = await vscode.window.showWarningMessage(`${TITLE}: no connector folder in this workspace (a folder with apiProperties.json or apiDefinition.swagger.json).`, 'New Connector…');
			if (choice) {
				await vscode.commands.executeCommand('connectorCertify.newConnector');
			}
			return undefined;
		}
		if (candidates.length === 1) {
			return candidates[0];
		}
		const picked = await vscode.window.showQuickPick(
			candidates.map((uri) => ({ label: path.basename(uri.fsPath), description: vscode.workspace.asRelativePath(uri), uri })),
			{ title: `${TITLE}: ${action}`, placeHolder: 'Which connector?' },
		);
		return picked?.uri;
	}

	/** Saves the connector's unsaved files first: the package and the check read the files on disk. */
	async function saveConnectorFiles(folder: vscode.Uri): Promise<void> {
		const dirty = vscode.workspace.textDocuments.filter((document) => document.isDirty && document.uri.scheme === 'file' && path.dirname(document.uri.fsPath) === folder.fsPath);
		await Promise.all(dirty.map((document) => document.save()));
	}

	/** `connectorCertify.packageOutputDirectory`, resolved against the connector's workspace folder. */
	function outputDirectory(folder: vscode.Uri): string | undefined {
		const setting = vscode.workspace.getConfiguration('connectorCertify', folder).get<string>('packageOutputDirectory', '').trim();
		if (!setting) {
			return undefined;
		}
		const root = vscode.workspace.getWorkspaceFolder(folder)?.uri.fsPath ?? path.dirname(folder.fsPath);
		return path.resolve(root, setting);
	}

	async function reveal(file: vscode.Uri): Promise<void> {
		// Inside the workspace the Explorer shows it; elsewhere the operating system's file manager does.
		await vscode.commands.executeCommand(vscode.workspace.getWorkspaceFolder(file) ? 'revealInExplorer' : 'revealFileInOS', file);
	}

	async function scaffold(resource: vscode.Uri | undefined, file: 'intro.md' | 'readme.md'): Promise<void> {
		const folder = await connectorFolder(resource, `Scaffold ${file}`);
		if (!folder) {
			return;
		}
		let result = await request(SCAFFOLD_REQUEST, { folder: folder.fsPath, file, force: false });
		if (result && !result.written) {
			const existing = path.basename(result.file);
			const choice = await vscode.window.showWarningMessage(
				`${existing} already exists in ${path.basename(folder.fsPath)}. Replace it with the template?`,
				{ modal: true, detail: 'Replacing it discards its current contents.' },
				'Replace',
				'Open Existing',
			);
			if (choice === 'Replace') {
				result = await request(SCAFFOLD_REQUEST, { folder: folder.fsPath, file, force: true });
			} else if (choice !== 'Open Existing') {
				return;
			}
		}
		if (result) {
			output.info(result.written ? `Wrote ${result.file}.` : `Opened the existing ${result.file}.`);
			await vscode.window.showTextDocument(vscode.Uri.file(result.file));
		}
	}

	return {
		packageForCertification: async (resource?: vscode.Uri) => {
			const folder = await connectorFolder(resource, 'Package for certification');
			if (!folder) {
				return;
			}
			const name = path.basename(folder.fsPath);
			await saveConnectorFiles(folder);
			const result = await vscode.window.withProgress(
				{ location: vscode.ProgressLocation.Notification, title: `${TITLE}: checking and packaging ${name}…` },
				() => request(PACKAGE_REQUEST, { folder: folder.fsPath, outputDirectory: outputDirectory(folder) }),
			);
			if (!result) {
				return;
			}
			if (result.status === 'errors') {
				const count = plural(result.errors.length, 'error');
				output.warn(`Not packaged: ${count} in ${folder.fsPath} must be fixed first. Nothing was written.`);
				for (const error of result.errors) {
					output.warn(`  ${findingLine(folder, error)}`);
				}
				void vscode.window
					.showErrorMessage(`${TITLE}: ${name} was not packaged: ${count} must be fixed first. Nothing was written.`, 'Show Errors')
					.then((choice) => choice && showFindings(`${TITLE}: the ${count} that stopped ${name}`, folder, result.errors));
				return;
			}
			if (result.status === 'refused') {
				output.warn(`Not packaged: ${result.reason}. Nothing was written.`);
				void vscode.window.showErrorMessage(`${TITLE}: ${name} was not packaged: ${result.reason}. Nothing was written.`);
				return;
			}
			output.info(`Packaged ${result.file} (${result.bytes} bytes): ${result.entries.join(', ')}.`);
			output.info(`SHA-256 ${result.sha256}`);
			if (result.warnings.length > 0) {
				output.warn(`Packaged with ${plural(result.warnings.length, 'warning')}: Microsoft lets them through, but reviewers may ask about them.`);
				for (const warning of result.warnings) {
					output.warn(`  ${findingLine(folder, warning)}`);
				}
			}
			const zip = vscode.Uri.file(result.file);
			const withWarnings = result.warnings.length > 0 ? ` with ${plural(result.warnings.length, 'warning')} Microsoft lets through (listed in the output)` : '';
			void vscode.window
				.showInformationMessage(`${TITLE}: packaged ${path.basename(result.file)} (${formatBytes(result.bytes)})${withWarnings}. Its SHA-256 is in the output.`, 'Reveal', 'Show Output')
				.then((choice) => (choice === 'Reveal' ? reveal(zip) : choice === 'Show Output' ? output.show(true) : undefined));
		},

		checkCertificationPackage: async (resource?: vscode.Uri) => {
			let zip = resource instanceof vscode.Uri ? resource : undefined;
			if (!zip) {
				// Start where Package for Certification writes the active connector's zip: its output directory, else the
				// connector folder's parent (not the folder itself, where no zip is).
				const active = vscode.window.activeTextEditor?.document.uri;
				const connector = active?.scheme === 'file' ? folderOf(active) : undefined;
				const picked = await vscode.window.showOpenDialog({
					title: `${TITLE}: Check a certification package`,
					defaultUri: connector ? vscode.Uri.file(outputDirectory(connector) ?? path.dirname(connector.fsPath)) : undefined,
					canSelectMany: false,
					filters: { 'Zip archives': ['zip'] },
					openLabel: 'Check',
				});
				zip = picked?.[0];
			}
			if (!zip) {
				return;
			}
			const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `${TITLE}: checking ${path.basename(zip.fsPath)}…` }, () =>
				request(CHECK_PACKAGE_REQUEST, { file: zip.fsPath }),
			);
			if (!result) {
				return;
			}
			for (const line of result.report.trimEnd().split('\n')) {
				(result.problems.length ? output.warn : output.info).call(output, line);
			}
			if (result.problems.length) {
				void vscode.window
					.showErrorMessage(`${TITLE}: ${path.basename(result.file)} has ${plural(result.problems.length, 'problem')}: ${result.problems[0].message}`, 'Show All')
					.then((choice) => choice && output.show(true));
			} else {
				void vscode.window.showInformationMessage(`${TITLE}: ${path.basename(result.file)} passed every package check.`);
			}
		},

		// The one command that uses the network: it connects to the connector's MCP server, only when run, with a
		// timeout (15 s) and a Cancel button.
		checkMcpServerReadiness: async (resource?: vscode.Uri) => {
			const folder = await connectorFolder(resource, 'Check MCP server readiness');
			if (!folder) {
				return;
			}
			const name = path.basename(folder.fsPath);
			await saveConnectorFiles(folder);
			const endpoint = await request(MCP_ENDPOINT_REQUEST, { folder: folder.fsPath });
			if (!endpoint) {
				return;
			}
			const entered = await vscode.window.showInputBox({
				title: `${TITLE}: Check MCP server readiness of ${name}`,
				prompt: endpoint.url
					? "The MCP endpoint the swagger names. Edit it to probe another server (a local or staging one); Enter connects to it, as Copilot Studio would, and lists what its tools lose there."
					: `No URL can be derived: ${endpoint.reason}. Enter the MCP server's URL.`,
				value: endpoint.url ?? '',
				placeHolder: 'https://contoso.example.com/mcp',
				ignoreFocusOut: true,
				validateInput: (value) => (/^https?:\/\/[^\s/]\S*$/i.test(value.trim()) ? undefined : 'Enter an http:// or https:// URL.'),
			});
			const url = entered?.trim();
			if (!url) {
				return;
			}
			const result = await vscode.window.withProgress(
				{ location: vscode.ProgressLocation.Notification, title: `${TITLE}: probing the MCP server at ${url}…`, cancellable: true },
				async (_progress, token): Promise<McpProbeResult | undefined> => {
					try {
						return await client.sendRequest<McpProbeResult>(MCP_PROBE_REQUEST.method, { folder: folder.fsPath, url }, token);
					} catch (error) {
						if (token.isCancellationRequested) {
							output.info(`The probe of ${url} was cancelled.`);
						} else {
							output.error(messageOf(error));
							void vscode.window.showErrorMessage(`${TITLE}: ${messageOf(error)}`, 'Show Output').then((choice) => choice && output.show(true));
						}
						return undefined;
					}
				},
			);
			if (!result) {
				return;
			}
			for (const line of result.report.trimEnd().split('\n')) {
				(result.problems ? output.warn : output.info).call(output, line);
			}
			output.show(true);
			if (result.problems) {
				void vscode.window.showWarningMessage(`${TITLE}: ${result.usable} of ${plural(result.tools, 'tool')} usable as is in Copilot Studio; the output says what happens to the others.`);
			} else {
				void vscode.window.showInformationMessage(`${TITLE}: ${result.tools === 1 ? 'the tool is' : `all ${plural(result.tools, 'tool')} are`} usable as is in Copilot Studio.`);
			}
		},

		scaffoldIntro: (resource?: vscode.Uri) => scaffold(resource, 'intro.md'),
		scaffoldReadme: (resource?: vscode.Uri) => scaffold(resource, 'readme.md'),

		newConnector: async (resource?: vscode.Uri) => {
			let parent = resource instanceof vscode.Uri && resource.scheme === 'file' ? resource : vscode.workspace.workspaceFolders?.[0]?.uri;
			if (!parent) {
				const picked = await vscode.window.showOpenDialog({ title: `${TITLE}: where to create the connector`, canSelectFolders: true, canSelectFiles: false, openLabel: 'Create Here' });
				parent = picked?.[0];
			}
			if (!parent) {
				return;
			}
			const base = parent;
			const name = await vscode.window.showInputBox({
				title: `${TITLE}: New connector`,
				prompt: `A new folder in ${base.fsPath}; its name becomes the connector's title.`,
				placeHolder: 'Contoso Widgets',
				validateInput: async (value) => {
					const trimmed = value.trim();
					if (!trimmed) {
						return 'Enter a folder name.';
					}
					if (/[\\/:*?"<>|]/.test(trimmed) || trimmed === '.' || trimmed === '..') {
						return 'A folder name cannot contain \\ / : * ? " < > |.';
					}
					const exists = await vscode.workspace.fs.stat(vscode.Uri.joinPath(base, trimmed)).then(
						() => true,
						() => false,
					);
					return exists ? `${trimmed} already exists in ${path.basename(base.fsPath)}.` : undefined;
				},
			});
			if (!name) {
				return;
			}
			const kind = await vscode.window.showQuickPick<vscode.QuickPickItem & { connectorKind: NewConnectorKind }>(
				[
					{ label: 'REST API', description: 'rest', detail: 'Actions for flows and apps, with one example operation to build on.', connectorKind: 'rest' },
					{ label: 'MCP server', description: 'mcp', detail: 'A Model Context Protocol server whose tools Copilot Studio agents use (Streamable HTTP).', connectorKind: 'mcp' },
				],
				{ title: `${TITLE}: New connector`, placeHolder: 'What does the connector expose?' },
			);
			if (!kind) {
				return;
			}
			// Copilot Studio lists no auth, API key and OAuth 2.0 for MCP servers: basic is not offered there.
			const auths: (vscode.QuickPickItem & { auth: NewConnectorAuth })[] = [
				{ label: 'OAuth 2.0', description: 'oauth2', detail: 'Users sign in to the service; the connector uses a per-connector redirect URI.', auth: 'oauth2' },
				{ label: 'API key', description: 'apikey', detail: 'Users paste an API key, sent in a header.', auth: 'apikey' },
				{ label: 'Basic authentication', description: 'basic', detail: 'Users enter a user name and password.', auth: 'basic' },
				{ label: 'No authentication', description: 'none', detail: kind.connectorKind === 'mcp' ? 'A public MCP server.' : 'A public API.', auth: 'none' },
			];
			const auth = await vscode.window.showQuickPick(
				auths.filter((item) => kind.connectorKind !== 'mcp' || item.auth !== 'basic'),
				{ title: `${TITLE}: New connector`, placeHolder: kind.connectorKind === 'mcp' ? 'How do agents authenticate to the MCP server?' : 'How do users authenticate to the API?' },
			);
			if (!auth) {
				return;
			}
			const result = await request(NEW_CONNECTOR_REQUEST, { folder: vscode.Uri.joinPath(base, name.trim()).fsPath, auth: auth.auth, kind: kind.connectorKind });
			if (!result) {
				return;
			}
			output.info(`Created ${result.folder}: ${result.files.join(', ')}.`);
			await vscode.window.showTextDocument(vscode.Uri.file(path.join(result.folder, 'apiDefinition.swagger.json')));
			const next = isIndependentPublisherPath(result.folder) ? 'Independent Publisher connectors have no icon.' : 'Add icon.png (230×230, opaque, in iconBrandColor), then package it.';
			void vscode.window.showInformationMessage(`${TITLE}: created ${path.basename(result.folder)}. ${next}`);
		},
	};
}
