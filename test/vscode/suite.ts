/**
 * Runs inside the VS Code extension host (see runTest.ts): the extension activates on the workspace, reports the
 * sample's problems with their rule ids, and the package command writes the clean connector's zip and refuses the
 * sample. Plain node:assert; `run` rejects on the first failure, which fails `runTests`.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { waitFor } from '../helpers/waitFor';

const tests: [string, (root: string) => Promise<void>][] = [
	[
		'the sample reports the missing summary, the visibility value and the client certificate',
		async (root) => {
			const swagger = vscode.Uri.file(path.join(root, 'Invoices', 'apiDefinition.swagger.json'));
			const properties = vscode.Uri.file(path.join(root, 'Invoices', 'apiProperties.json'));
			await vscode.window.showTextDocument(swagger);
			const codes = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).flatMap((d) => (typeof d.code === 'object' ? [String(d.code.value)] : d.code === undefined ? [] : [String(d.code)]));
			await waitFor('the swagger diagnostics', () => codes(swagger).includes('op-summary-required') && codes(swagger).includes('visibility-enum'));
			await waitFor('the apiProperties diagnostics', () => codes(properties).includes('auth-type-supported'));
		},
	],
	[
		'package refuses the sample and writes the clean connector',
		async (root) => {
			await vscode.commands.executeCommand('connectorCertify.packageForCertification', vscode.Uri.file(path.join(root, 'Invoices')));
			assert.equal(existsSync(path.join(root, 'Invoices-certification.zip')), false);
			await vscode.commands.executeCommand('connectorCertify.packageForCertification', vscode.Uri.file(path.join(root, 'Notes')));
			const zip = path.join(root, 'Notes-certification.zip');
			await waitFor('the zip', () => existsSync(zip));
			assert.equal(readFileSync(zip).subarray(0, 2).toString('latin1'), 'PK');
		},
	],
	[
		'scaffold intro.md writes and opens the template',
		async (root) => {
			await vscode.commands.executeCommand('connectorCertify.scaffoldIntro', vscode.Uri.file(path.join(root, 'Notes')));
			const intro = path.join(root, 'Notes', 'intro.md');
			await waitFor('intro.md', () => existsSync(intro));
			assert.match(readFileSync(intro, 'utf8'), /^## Prerequisites$/m);
			await waitFor('intro.md in the editor', () => vscode.window.activeTextEditor?.document.uri.fsPath === intro);
		},
	],
];

export async function run(): Promise<void> {
	const root = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
	assert.ok(root, 'the test workspace is open');
	const extension = vscode.extensions.getExtension('connector-certify.connector-certify');
	assert.ok(extension, 'the extension is installed');
	await extension.activate();
	for (const [name, test] of tests) {
		try {
			await test(root);
			console.log(`✔ ${name}`);
		} catch (error) {
			console.error(`✖ ${name}`);
			throw error;
		}
	}
}
