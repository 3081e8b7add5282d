// Breaking changes while editing: the language server compares a connector being edited with its version at the git
// ref of `connectorCertify.compareWith` (HEAD by default), so a deleted operation is flagged as it is typed; with the
// setting off, or outside a git repository, nothing is compared and the output says why once.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { CodeActionRequest, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver-protocol/node';
import { LspClient } from './helpers/lspClient';
import { waitFor } from './helpers/waitFor';

const FIXTURE = path.resolve(__dirname, 'fixtures', 'lsp', 'invoices');

/** The invoices connector with a second operation, CreateInvoice, committed; the test then deletes it in the buffer. */
function withCreate(text: string): string {
	return text.replace('\n    }\n  },\n  "securityDefinitions"', '\n    },\n    "/invoices/new": {\n      "post": {\n        "operationId": "CreateInvoice",\n        "description": "Creates an invoice.",\n        "responses": { "200": { "description": "The invoice." } }\n      }\n    }\n  },\n  "securityDefinitions"');
}

const breaking = (diagnostics: readonly Diagnostic[]) => diagnostics.filter((d) => String(d.code).startsWith('breaking-')).map((d) => [d.code, d.range.start.line, d.message, (d.data as { valuePath?: string }).valuePath]);

describe('breaking changes against git while editing', () => {
	let scratch: string;
	let repo: string;
	let outside: string;
	let committed: string;

	before(() => {
		scratch = mkdtempSync(path.join(tmpdir(), 'connector-certify-lsp-breaking-'));
		repo = path.join(scratch, 'repo');
		cpSync(FIXTURE, path.join(repo, 'invoices'), { recursive: true });
		const file = path.join(repo, 'invoices', 'apiDefinition.swagger.json');
		committed = withCreate(readFileSync(file, 'utf8'));
		assert.ok(committed.includes('CreateInvoice'));
		writeFileSync(file, committed);
		for (const args of [['init', '-q'], ['config', 'user.email', 'test@example.com'], ['config', 'user.name', 'Test'], ['add', '.'], ['commit', '-q', '-m', 'two operations']]) {
			assert.equal(spawnSync('git', args, { cwd: repo }).status, 0, args.join(' '));
		}
		outside = path.join(scratch, 'outside');
		cpSync(path.join(repo, 'invoices'), path.join(outside, 'invoices'), { recursive: true });
	});
	after(() => rmSync(scratch, { recursive: true, force: true }));

	/** Opens the committed swagger, then deletes CreateInvoice in the buffer; the diagnostics of that version. */
	async function deleteInBuffer(workspace: string, settings: unknown): Promise<{ client: LspClient; diagnostics: Diagnostic[] }> {
		const client = await LspClient.start(workspace, {}, { jsonSyntaxErrors: 'editor' });
		client.settings = settings;
		const uri = pathToFileURL(path.join(workspace, 'invoices', 'apiDefinition.swagger.json')).href;
		client.open(uri, committed, 1);
		await client.diagnostics(uri, (p) => p.version === 1);
		client.change(uri, readFileSync(path.join(FIXTURE, 'apiDefinition.swagger.json'), 'utf8'), 2);
		return { client, diagnostics: (await client.diagnostics(uri, (p) => p.version === 2)).diagnostics };
	}

	test('deleting a committed operation in the buffer is a breaking change against HEAD, the default', async () => {
		const { client, diagnostics } = await deleteInBuffer(repo, null);
		try {
			assert.deepEqual(breaking(diagnostics), [['breaking-operation-deleted', 12, 'The operation has been deleted. This change breaks existing flows (operation CreateInvoice, POST /invoices/new).', 'operation/CreateInvoice']]);
			// The update's kind goes with it: unchanged as opened, major once the operation is gone.
			const uri = pathToFileURL(path.join(repo, 'invoices', 'apiDefinition.swagger.json')).href;
			await waitFor('the major update', () => client.updates.some((params) => params.update?.kind === 'major'));
			assert.deepEqual(
				client.updates.map((params) => [params.uris.includes(uri), params.update?.kind]),
				[
					[true, 'unchanged'],
					[true, 'major'],
				],
			);
			assert.deepEqual(client.updates[1].update, { against: 'HEAD', kind: 'major', reviewTime: '6–10 weeks', majorChanges: ['removed path /invoices/new'], majorCount: 1, changeCount: 1 });
		} finally {
			client.stop();
		}
	});

	test('the deprecate quick fix keeps the operation, deprecated and internal, and the breaking change is gone', async () => {
		const { client, diagnostics } = await deleteInBuffer(repo, null);
		try {
			const uri = pathToFileURL(path.join(repo, 'invoices', 'apiDefinition.swagger.json')).href;
			const diagnostic = diagnostics.find((d) => d.code === 'breaking-operation-deleted')!;
			const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic], only: ['quickfix'] } })) as CodeAction[];
			const keep = actions.find((action) => action.title === 'Keep CreateInvoice as a deprecated operation');
			assert.ok(keep?.edit?.changes?.[uri], actions.map((action) => action.title).join(', '));
			assert.ok(!actions.some((action) => action.title.startsWith('Fix all breaking-operation-deleted')), 'not offered for fix-all');
			const edits = [...keep.edit.changes[uri]].sort((a: TextEdit, b: TextEdit) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character);
			const buffer = readFileSync(path.join(FIXTURE, 'apiDefinition.swagger.json'), 'utf8');
			const lines = buffer.split('\n');
			const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((sum, line) => sum + line.length + 1, 0) + p.character;
			const fixed = edits.reduce((text, edit) => text.slice(0, offset(edit.range.start)) + edit.newText + text.slice(offset(edit.range.end)), buffer);
			assert.equal(JSON.parse(fixed).paths['/invoices/new'].post.deprecated, true);
			client.change(uri, fixed, 3);
			assert.deepEqual(breaking((await client.diagnostics(uri, (p) => p.version === 3)).diagnostics), []);
		} finally {
			client.stop();
		}
	});

	test('compareWith off compares nothing', async () => {
		const { client, diagnostics } = await deleteInBuffer(repo, { compareWith: 'off' });
		try {
			assert.deepEqual(breaking(diagnostics), []);
			assert.deepEqual(client.updates, []);
		} finally {
			client.stop();
		}
	});

	test('with a baseline, only the findings the committed version did not have are shown', async () => {
		const client = await LspClient.start(repo, {}, { jsonSyntaxErrors: 'editor' });
		client.settings = { baseline: 'HEAD', compareWith: 'off' };
		try {
			const uri = pathToFileURL(path.join(repo, 'invoices', 'apiDefinition.swagger.json')).href;
			client.open(uri, committed, 1);
			// As committed, every finding is old: none is shown.
			assert.deepEqual((await client.diagnostics(uri, (p) => p.version === 1)).diagnostics.map((d) => d.code), []);
			// A visibility value that is not one is new, and it alone is shown.
			const edited = committed.replace('"operationId": "CreateInvoice",', '"operationId": "CreateInvoice", "x-ms-visibility": "bogus",');
			assert.notEqual(edited, committed);
			client.change(uri, edited, 2);
			const shown = (await client.diagnostics(uri, (p) => p.version === 2)).diagnostics;
			assert.deepEqual(shown.map((d) => [d.code, d.message]), [['visibility-enum', 'The property value must be one of the following: important, advanced, internal.']]);
		} finally {
			client.stop();
		}
	});

	test('outside a git repository nothing is compared, and the output says why once', async () => {
		const { client, diagnostics } = await deleteInBuffer(outside, null);
		try {
			assert.deepEqual(breaking(diagnostics), []);
			const note = `No breaking-change check of ${path.join(outside, 'invoices')} against its previous version: the folder is not in a git repository.`;
			await waitFor('the note in the log', () => client.log.includes(note));
			assert.equal(client.log.filter((line) => line === note).length, 1);
		} finally {
			client.stop();
		}
	});
});
