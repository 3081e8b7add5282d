// intro.md diagnostics over the protocol: published to intro.md's URI from the disk, then from the open buffer while it
// is open (live, with its version), back to the disk when it closes, and cleared once the file is fixed. readme.md
// (not on disk here) follows its buffer the same way.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import {
	DidChangeWatchedFilesNotification,
	DidCloseTextDocumentNotification,
	DidOpenTextDocumentNotification,
	FileChangeType,
	type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { LspClient } from './helpers/lspClient';
import { rangeOf } from './helpers/ruleTester';

const FIXTURE = path.resolve(__dirname, 'fixtures', 'lsp', 'invoices');

const COMPLETE = `Invoices keeps a small business's billing in one place, and this connector lets flows read the invoices it holds.

## Prerequisites
A Contoso billing account.

## How to get credentials
Create an API key under Settings, then paste it when you create the connection.

## Get started with your connector
Create a flow that lists last week's invoices every Monday.

## Known issues and limitations
At most 100 invoices are returned per call.

## Common errors and remedies
401: the API key was revoked; create a new one.

## FAQ
**Are credit notes included?** No.
`;
const WITHOUT_FAQ = COMPLETE.replace(/## FAQ[\s\S]*$/, '');
const MISSING_FAQ = "The intro.md file has no '## FAQ' section, which Microsoft's intro.md template requires.";

function sections(params: PublishDiagnosticsParams): string[] {
	return params.diagnostics.filter((diagnostic) => diagnostic.code === 'intro-sections').map((diagnostic) => String(diagnostic.message));
}

describe('intro.md diagnostics over stdio', () => {
	let workspace: string;
	let client: LspClient;
	let introFile: string;
	let uri: string;

	before(async () => {
		workspace = mkdtempSync(path.join(tmpdir(), 'connector-certify-lsp-intro-'));
		cpSync(FIXTURE, path.join(workspace, 'invoices'), { recursive: true });
		// Spelled as some submissions spell it: the server finds intro.md in any case.
		introFile = path.join(workspace, 'invoices', 'Intro.md');
		writeFileSync(introFile, WITHOUT_FAQ);
		uri = pathToFileURL(introFile).href;
		// The workspace scan reaches intro.md files that are not open.
		client = await LspClient.start(workspace, {}, { validate: 'workspace' });
	});

	after(() => {
		client?.stop();
		rmSync(workspace, { recursive: true, force: true });
	});

	it('publishes a missing section to intro.md from the workspace scan, on the first line', async () => {
		const params = await client.diagnostics(uri, (p) => sections(p).length > 0);
		const diagnostic = params.diagnostics.find((candidate) => candidate.code === 'intro-sections')!;
		assert.equal(diagnostic.message, MISSING_FAQ);
		assert.deepEqual(diagnostic.range, rangeOf(WITHOUT_FAQ, WITHOUT_FAQ.split('\n')[0]));
		assert.equal(diagnostic.source, 'connector-certify');
		assert.equal(params.version, undefined);
	});

	it('follows the open buffer: cleared when the section is typed, back when it is removed, with the version', async () => {
		const cleared = client.diagnostics(uri, (p) => p.version === 1);
		void client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text: COMPLETE } });
		assert.deepEqual((await cleared).diagnostics, []);
		const flagged = client.diagnostics(uri, (p) => p.version === 2);
		client.change(uri, WITHOUT_FAQ, 2);
		assert.deepEqual(sections(await flagged), [MISSING_FAQ]);
	});

	it('goes back to the disk when closed, and clears when the file is fixed on disk', async () => {
		const fromDisk = client.diagnostics(uri, (p) => p.version === undefined);
		void client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
		assert.deepEqual(sections(await fromDisk), [MISSING_FAQ]);
		writeFileSync(introFile, COMPLETE);
		const fixed = client.diagnostics(uri, (p) => p.diagnostics.length === 0);
		void client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri, type: FileChangeType.Changed }] });
		await fixed;
	});

	it('follows an open readme.md the same way (the server takes any text artifact the client syncs)', async () => {
		const readmeUri = pathToFileURL(path.join(workspace, 'invoices', 'readme.md')).href;
		const flagged = client.diagnostics(readmeUri, (p) => p.version === 1);
		void client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: readmeUri, languageId: 'markdown', version: 1, text: '# Title\nInvoices.\n' } });
		const placeholder = (await flagged).diagnostics.find((diagnostic) => diagnostic.code === 'readme-placeholders');
		assert.deepEqual(placeholder?.range, rangeOf('# Title\nInvoices.\n', '# Title'));
		const closed = client.diagnostics(readmeUri, (p) => p.diagnostics.length === 0);
		void client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: readmeUri } });
		await closed; // Not on disk: nothing left to report.
	});
});
