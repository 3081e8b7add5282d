/**
 * The connector folders of the workspace (folders holding apiProperties.json or a *.swagger.json), kept current from
 * the file watchers. Published as the context key `connectorCertify.connectorFolders`, so the Explorer's context menu
 * offers the connector commands on exactly those folders and the files in them.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { fileKindOf } from '../../server/src/protocol/connectorFiles';

export const CONNECTOR_FOLDERS_CONTEXT = 'connectorCertify.connectorFolders';

export class ConnectorFolders implements vscode.Disposable {
	/** Folder path → how many connector files it holds. */
	readonly #counts = new Map<string, number>();
	readonly #disposables: vscode.Disposable[] = [];
	readonly #onDidChange = new vscode.EventEmitter<void>();
	readonly onDidChange = this.#onDidChange.event;

	constructor(watchers: readonly vscode.FileSystemWatcher[]) {
		for (const watcher of watchers) {
			this.#disposables.push(
				watcher.onDidCreate((uri) => this.#change(uri, 1)),
				watcher.onDidDelete((uri) => this.#change(uri, -1)),
			);
		}
		this.#disposables.push(this.#onDidChange, vscode.workspace.onDidChangeWorkspaceFolders(() => void this.scan()));
	}

	/** Finds every connector file in the workspace (node_modules and dot folders skipped, as the CLI does). */
	async scan(): Promise<void> {
		const files = await vscode.workspace.findFiles('**/{apiProperties.json,*.swagger.json}', '{**/node_modules/**,**/.*/**}');
		this.#counts.clear();
		for (const uri of files) {
			this.#add(uri, 1);
		}
		this.#publish();
	}

	/** The folders, sorted. */
	get folders(): vscode.Uri[] {
		return [...this.#counts.keys()].sort().map((folder) => vscode.Uri.file(folder));
	}

	has(folder: vscode.Uri): boolean {
		return this.#counts.has(folder.fsPath);
	}

	/** The connector folder a file sits in, when it sits in one. */
	connectorOf(file: vscode.Uri): vscode.Uri | undefined {
		const folder = folderOf(file);
		return folder && this.has(folder) ? folder : undefined;
	}

	#add(uri: vscode.Uri, delta: number): boolean {
		if (uri.scheme !== 'file' || !fileKindOf(path.basename(uri.fsPath))) {
			return false;
		}
		const folder = path.dirname(uri.fsPath);
		const count = (this.#counts.get(folder) ?? 0) + delta;
		if (count > 0) {
			this.#counts.set(folder, count);
		} else {
			this.#counts.delete(folder);
		}
		return true;
	}

	#change(uri: vscode.Uri, delta: number): void {
		if (this.#add(uri, delta)) {
			this.#publish();
		}
	}

	#publish(): void {
		void vscode.commands.executeCommand('setContext', CONNECTOR_FOLDERS_CONTEXT, [...this.#counts.keys()]);
		this.#onDidChange.fire();
	}

	dispose(): void {
		for (const disposable of this.#disposables) {
			disposable.dispose();
		}
	}
}

/** The folder of a file on disk (undefined for other schemes). */
export function folderOf(uri: vscode.Uri): vscode.Uri | undefined {
	return uri.scheme === 'file' ? vscode.Uri.joinPath(uri, '..') : undefined;
}
