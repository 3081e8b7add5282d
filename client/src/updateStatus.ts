/**
 * The update's kind in the language status of the connector's definition files (the `{}` beside "JSON" in the status
 * bar): minor or major as Microsoft classes it against `connectorCertify.compareWith`, with the review time. Its
 * "Show changes" link lists, in the output, what makes the update major.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { UPDATE_KIND_NOTIFICATION, type UpdateKindParams, type UpdateSummary } from '../../server/src/protocol/commands';

export const SHOW_UPDATE_CHANGES = 'connectorCertify.showUpdateChanges';

const SELECTOR: vscode.DocumentSelector = [
	{ scheme: 'file', language: 'json', pattern: '**/apiDefinition.swagger.json' },
	{ scheme: 'file', language: 'json', pattern: '**/apiProperties.json' },
	{ scheme: 'file', language: 'json', pattern: '**/*.swagger.json' },
];

function plural(count: number, word: string): string {
	return `${count} ${word}${count === 1 ? '' : 's'}`;
}

export class UpdateStatus implements vscode.Disposable {
	readonly #item = vscode.languages.createLanguageStatusItem('connectorCertify.update', SELECTOR);
	readonly #byUri = new Map<string, UpdateSummary>();
	readonly #disposables: vscode.Disposable[];
	readonly #output: vscode.LogOutputChannel;

	constructor(languageClient: LanguageClient, output: vscode.LogOutputChannel) {
		this.#output = output;
		this.#item.name = 'Connector Certify: update kind';
		this.#disposables = [
			this.#item,
			languageClient.onNotification(UPDATE_KIND_NOTIFICATION, (params: UpdateKindParams) => {
				for (const uri of params.uris) {
					if (params.update) {
						this.#byUri.set(uri, params.update);
					} else {
						this.#byUri.delete(uri);
					}
				}
				this.#render();
			}),
			vscode.window.onDidChangeActiveTextEditor(() => this.#render()),
		];
		this.#render();
	}

	/** The update kind of the active editor's connector, if it was compared. */
	current(): { readonly uri: string; readonly update: UpdateSummary } | undefined {
		const uri = vscode.window.activeTextEditor?.document.uri.toString();
		const update = uri === undefined ? undefined : this.#byUri.get(uri);
		return uri !== undefined && update ? { uri, update } : undefined;
	}

	/** "Show changes": the update's kind and what decides it, in the output. Returns what it showed (for tests). */
	showChanges(): UpdateSummary | undefined {
		const current = this.current();
		if (!current) {
			void vscode.window.showInformationMessage('Connector Certify: the active file is not a connector definition compared with a git ref (setting "connectorCertify.compareWith").');
			return undefined;
		}
		const { update } = current;
		const file = vscode.workspace.asRelativePath(vscode.Uri.parse(current.uri));
		if (update.kind === 'major') {
			this.#output.info(`Update of ${file} against ${update.against}: major (Microsoft's review: about ${update.reviewTime}); ${plural(update.majorCount, 'change')} outside Microsoft's minor-update list:`);
			for (const change of update.majorChanges) {
				this.#output.info(`  ${change}`);
			}
			if (update.majorCount > update.majorChanges.length) {
				this.#output.info(`  and ${update.majorCount - update.majorChanges.length} more (connector-certify check --against ${update.against} lists them all)`);
			}
		} else {
			this.#output.info(`Update of ${file} against ${update.against}: ${this.#describe(update).detail}.`);
		}
		this.#output.show(true);
		return update;
	}

	#describe(update: UpdateSummary): { text: string; detail: string } {
		switch (update.kind) {
			case 'major':
				return { text: '$(git-compare) Major update', detail: `against ${update.against}: about ${update.reviewTime} of review; ${plural(update.majorCount, 'change')} beyond Microsoft's minor-update list` };
			case 'minor':
				return { text: '$(git-compare) Minor update', detail: `against ${update.against}: about ${update.reviewTime} of review; only changes Microsoft lists as minor` };
			case 'unchanged':
				return { text: '$(git-compare) No changes', detail: `the definition files are as at ${update.against}` };
			case 'new':
				return { text: '$(git-compare) New connector', detail: `not in ${update.against}: a new certification, not an update` };
		}
	}

	#render(): void {
		const current = this.current();
		if (!current) {
			this.#item.text = '$(git-compare) Update not compared';
			this.#item.detail = 'no git version to compare with (setting "connectorCertify.compareWith")';
			this.#item.command = undefined;
			return;
		}
		const { text, detail } = this.#describe(current.update);
		this.#item.text = text;
		this.#item.detail = detail;
		this.#item.command = current.update.kind === 'major' ? { title: 'Show changes', command: SHOW_UPDATE_CHANGES } : undefined;
	}

	dispose(): void {
		for (const disposable of this.#disposables) {
			disposable.dispose();
		}
	}
}
