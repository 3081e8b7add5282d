/**
 * Quick fixes and fix-all over the protocol, against `node dist/server.js`: the action is chosen by the diagnostic's
 * code and data, its edit removes the diagnostic and leaves the rest of the file as it was.
 */
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
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

	/** The rule's first diagnostic in the publication of `version`, and the quick fixes offered for it. */
	async function quickFixes(ruleId: string, version: number): Promise<{ diagnostic: Diagnostic; actions: CodeAction[] }> {
		const params = await client.diagnostics(uri, (p) => p.version === version);
		const diagnostic = params.diagnostics.find((d) => d.code === ruleId) as Diagnostic;
		assert.ok(diagnostic, `a ${ruleId} diagnostic`);
		const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
			textDocument: { uri },
			range: diagnostic.range,
			context: { diagnostics: [diagnostic], only: ['quickfix'] },
		})) as CodeAction[];
		return { diagnostic, actions };
	}

	it('offers the quick fix for a missing summary, and applying it removes the diagnostic and nothing else', async () => {
		client.open(uri, text, 1);
		const { actions } = await quickFixes('op-summary-required', 1);
		assert.deepEqual(
			actions.map((a) => a.title),
			// No "Fix all" for it: a summary is wording the author reviews one at a time, never written in bulk.
			['Add the summary "List invoices"', 'Show documentation for op-summary-required', 'Ignore op-summary-required in this workspace'],
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
		assert.deepEqual(actions[1].command, {
			title: 'Show documentation for op-summary-required',
			command: 'connectorCertify.showRuleDocumentation',
			arguments: ['op-summary-required', 'https://github.com/connector-certify/connector-certify/blob/main/docs/rules/op-summary-required.md'],
		});
		assert.deepEqual(actions[2].command?.arguments, ['op-summary-required']);
	});

	it('offers "Fix all" for a fix fully determined by the file, resolving its edit only when chosen', async () => {
		const http = text.replace('"schemes": ["https"]', '"schemes": ["http"]');
		client.change(uri, http, 5);
		const { actions } = await quickFixes('schemes-https', 5);
		const fixAll = actions.find((action) => action.title === 'Fix all schemes-https problems in this file');
		assert.ok(fixAll, actions.map((action) => action.title).join(' | '));
		// "Fix all" carries no edit until chosen: a light-bulb request stays cheap on a large file.
		assert.equal(fixAll.edit, undefined);
		assert.deepEqual(fixAll.data, { uri, ruleIds: ['schemes-https'] });
		client.change(uri, text, 6);
		await client.diagnostics(uri, (p) => p.version === 6);
	});

	it('source.fixAll.connectorCertify fixes every fixable finding in one edit', async () => {
		const broken = text.replace('"schemes": ["https"]', '"schemes": ["http", "http"]');
		client.change(uri, broken, 3);
		const params = await client.diagnostics(uri, (p) => p.version === 3);
		assert.equal(params.diagnostics.filter((d) => d.code === 'schemes-https').length, 2);
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
		assert.ok(!after.diagnostics.some((d) => d.code === 'schemes-https'));
		assert.ok(after.diagnostics.some((d) => d.code === 'op-summary-required'), 'the summary is left to the author');
	});

	it('links each diagnostic to the rule page the client ships, when it names their folder, else to the public page', async () => {
		const docs = pathToFileURL(path.resolve(__dirname, '..', 'docs', 'rules')).href;
		const local = await LspClient.start(workspace, {}, { ruleDocumentation: docs });
		try {
			local.open(uri, text, 1);
			const diagnostic = (await local.diagnostics(uri, (p) => p.version === 1)).diagnostics.find((d) => d.code === 'op-summary-required')!;
			assert.equal(diagnostic.codeDescription?.href, `${docs}/op-summary-required.md`);
			assert.ok(existsSync(fileURLToPath(diagnostic.codeDescription.href)), 'the page is there');
		} finally {
			local.stop();
		}
		client.open(uri, text, 7);
		const remote = (await client.diagnostics(uri, (p) => p.version === 7)).diagnostics.find((d) => d.code === 'op-summary-required')!;
		assert.equal(remote.codeDescription?.href, 'https://github.com/connector-certify/connector-certify/blob/main/docs/rules/op-summary-required.md');
	});

	it('gives fix-all edits at once to a client that cannot resolve code actions', async () => {
		const plain = await LspClient.start(workspace, { textDocument: { publishDiagnostics: { dataSupport: true, versionSupport: true } } });
		try {
			const broken = text.replace('"schemes": ["https"]', '"schemes": ["http"]');
			plain.open(uri, broken, 1);
			await plain.diagnostics(uri, (p) => p.version === 1);
			const actions = (await plain.connection.sendRequest(CodeActionRequest.type, {
				textDocument: { uri },
				range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
				context: { diagnostics: [], only: ['source.fixAll.connectorCertify'] },
			})) as CodeAction[];
			assert.equal(actions.length, 1);
			assert.match(applied(broken, uri, actions[0]), /"schemes": \["https"\]/);
		} finally {
			plain.stop();
		}
	});
});
