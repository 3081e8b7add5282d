// intro.md snippets over the protocol: the template and its sections are offered in an intro.md beside a connector,
// at a line start or while a heading is typed, and nowhere else.
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { CompletionRequest, DidOpenTextDocumentNotification, type CompletionItem } from 'vscode-languageserver-protocol/node';
import { LspClient } from './helpers/lspClient';

const FIXTURE = path.resolve(__dirname, 'fixtures', 'lsp', 'invoices');

describe('intro.md completion over stdio', () => {
	let workspace: string;
	let client: LspClient;
	const openMarkdown = (uri: string, text: string) =>
		void client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text } });
	const complete = async (uri: string, line: number, character: number) =>
		((await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line, character } })) as CompletionItem[]).map((item) => item.label);

	before(async () => {
		workspace = mkdtempSync(path.join(tmpdir(), 'connector-certify-intro-'));
		cpSync(FIXTURE, path.join(workspace, 'invoices'), { recursive: true });
		mkdirSync(path.join(workspace, 'notes'));
		writeFileSync(path.join(workspace, 'notes', 'intro.md'), '');
		client = await LspClient.start(workspace);
	});

	after(() => {
		client?.stop();
		rmSync(workspace, { recursive: true, force: true });
	});

	it('offers the template and the six sections at a line start and in a heading being typed', async () => {
		const uri = pathToFileURL(path.join(workspace, 'invoices', 'intro.md')).href;
		openMarkdown(uri, 'Contoso Invoices manages invoices.\n\n## Pre\n');
		const atStart = await complete(uri, 1, 0);
		assert.equal(atStart[0], 'intro.md template');
		assert.ok(atStart.length >= 7, atStart.join(', '));
		assert.deepEqual(await complete(uri, 2, 6), atStart);
		// In the middle of prose: nothing.
		assert.deepEqual(await complete(uri, 0, 20), []);
	});

	it('offers nothing in an intro.md outside a connector folder', async () => {
		const uri = pathToFileURL(path.join(workspace, 'notes', 'intro.md')).href;
		openMarkdown(uri, '\n');
		assert.deepEqual(await complete(uri, 0, 0), []);
	});
});
