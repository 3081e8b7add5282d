/**
 * Quick fixes and fix-all over the protocol, against `node dist/server.js`: the action is chosen by the diagnostic's
 * code and data, its edit removes the diagnostic and leaves the rest of the file as it was.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionRequest, CodeActionResolveRequest, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver-protocol/node';
import { LspClient } from './helpers/lspClient';

const FIXTURE = path.resolve(__dirname, 'fixtures', 'lsp', 'invoices');

function applied(text: string, uri: string, action: CodeAction): string {
	const edits = action.edit?.changes?.[uri] as TextEdit[] | undefined;
	assert.ok(edits, `the action "${action.title}" edits ${uri}`);
	return TextDocument.applyEdits(TextDocument.create(uri, 'json', 1, text), edits);
}

describe('code actions over stdio', () => {
	let workspace: string;
	let client: LspClient;
	let uri: string;
	let text: string;

	before(async () => {
		workspace = mkdtempSync(path.join(tmpdir(), 'connector-certify-actions-'));
		cpSync(FIXTURE, path.join(workspace, 'invoices'), { recursive: true });
		const file = path.join(workspace, 'invoices', 'apiDefinition.swagger.json');
		uri = pathToFileURL(file).href;
		text = readFileSync(file, 'utf8');
		client = await LspClient.start(workspace);
	});

	after(() => {
		client?.stop();
		rmSync(workspace, { recursive: true, force: true });
	});

	it('offers the quick fix for a missing summary, and applying it removes the diagnostic and nothing else', async () => {
		client.open(uri, text, 1);
		const params = await client.diagnostics(uri, (p) => p.version === 1);
		const diagnostic = params.diagnostics.find((d) => d.code === 'op-summary-required') as Diagnostic;
		assert.ok(diagnostic);
		const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
			textDocument: { uri },
			range: diagnostic.range,
			context: { diagnostics: [diagnostic], only: ['quickfix'] },
		})) as CodeAction[];
		assert.deepEqual(
			actions.map((a) => a.title),
			[
				'Add the summary "List invoices"',
				'Fix all op-summary-required problems in this file',
				'Show documentation for op-summary-required',
				'Ignore op-summary-required in this workspace',
			],
		);
		const fix = actions[0];
		assert.equal(fix.isPreferred, true);
		const fixed = applied(text, uri, fix);
		assert.equal(fixed, text.replace('"operationId": "ListInvoices",\n', '"operationId": "ListInvoices",\n        "summary": "List invoices",\n'));
		// The generated text is selected after the fix, so typing replaces it.
		const [, selection] = fix.command!.arguments as [string, { start: { line: number; character: number } }];
		assert.equal(fix.command!.command, 'connectorCertify.selectText');
		assert.deepEqual(selection, { start: { line: 16, character: 20 }, end: { line: 16, character: 33 } });
		client.change(uri, fixed, 2);
		const after = await client.diagnostics(uri, (p) => p.version === 2);
		assert.ok(!after.diagnostics.some((d) => d.code === 'op-summary-required'));
		// "Fix all" carries no edit until chosen: a light-bulb request stays cheap on a large file.
		assert.equal(actions[1].edit, undefined);
		assert.deepEqual(actions[1].data, { uri, ruleIds: ['op-summary-required'] });
		assert.deepEqual(actions[2].command, {
			title: 'Show documentation for op-summary-required',
			command: 'connectorCertify.showRuleDocumentation',
			arguments: ['op-summary-required', 'https://github.com/connector-certify/connector-certify/blob/main/docs/rules/op-summary-required.md'],
		});
		assert.deepEqual(actions[3].command?.arguments, ['op-summary-required']);
	});

	it('source.fixAll.connectorCertify fixes every fixable finding in one edit', async () => {
		const broken = text.replace('"operationId": "ListInvoices",\n', '');
		client.change(uri, broken, 3);
		const params = await client.diagnostics(uri, (p) => p.version === 3);
		assert.ok(params.diagnostics.some((d) => d.code === 'op-summary-required'));
		const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
			textDocument: { uri },
			range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
			context: { diagnostics: [], only: ['source.fixAll.connectorCertify'] },
		})) as CodeAction[];
		assert.equal(actions.length, 1);
		assert.equal(actions[0].kind, 'source.fixAll.connectorCertify');
		const resolved = await client.connection.sendRequest(CodeActionResolveRequest.type, actions[0]);
		assert.equal((resolved.edit!.changes![uri] as TextEdit[]).length, 1, 'one edit: one undo step');
		client.change(uri, applied(broken, uri, resolved), 4);
		const after = await client.diagnostics(uri, (p) => p.version === 4);
		assert.ok(!after.diagnostics.some((d) => d.code === 'op-summary-required'));
	});

	it('gives fix-all edits at once to a client that cannot resolve code actions', async () => {
		const plain = await LspClient.start(workspace, { textDocument: { publishDiagnostics: { dataSupport: true, versionSupport: true } } });
		try {
			const broken = text.replace('"operationId": "ListInvoices",\n', '');
			plain.open(uri, broken, 1);
			await plain.diagnostics(uri, (p) => p.version === 1);
			const actions = (await plain.connection.sendRequest(CodeActionRequest.type, {
				textDocument: { uri },
				range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
				context: { diagnostics: [], only: ['source.fixAll.connectorCertify'] },
			})) as CodeAction[];
			assert.equal(actions.length, 1);
			assert.match(applied(broken, uri, actions[0]), /"summary": "Get invoices"/);
		} finally {
			plain.stop();
		}
	});
});
