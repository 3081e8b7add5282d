// Which connectors the language server checks: by default only those with an open file (a fork of the connectors
// repository holds hundreds), cleared when the last one closes; "Check All Connectors in Workspace" sweeps the rest on
// request, with progress and cancellation. lsp.test.ts covers `validate: workspace`.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { CancellationTokenSource } from 'vscode-languageserver-protocol/node';
import { CHECK_WORKSPACE_PROGRESS, CHECK_WORKSPACE_REQUEST, type CheckWorkspaceProgress, type CheckWorkspaceResult } from '../server/src/protocol/commands';
import { LspClient } from './helpers/lspClient';
import { UPSTREAM } from './helpers/upstream';

const FIXTURES = path.resolve(__dirname, 'fixtures');

describe('scope: open connectors, and the workspace on request', () => {
	let workspace: string;
	let client: LspClient;
	const uriOf = (folder: string, file: string) => pathToFileURL(path.join(workspace, folder, file)).href;
	const SWAGGER = 'apiDefinition.swagger.json';
	const PROPERTIES = 'apiProperties.json';

	before(async () => {
		workspace = mkdtempSync(path.join(tmpdir(), 'connector-certify-scope-'));
		cpSync(path.join(FIXTURES, 'lsp', 'invoices'), path.join(workspace, 'Invoices'), { recursive: true });
		cpSync(path.join(FIXTURES, 'cli', 'clean-connector'), path.join(workspace, 'Notes'), { recursive: true });
		cpSync(path.join(UPSTREAM, 'Egnyte'), path.join(workspace, 'Egnyte'), { recursive: true });
		client = await LspClient.start(workspace);
	});

	after(() => {
		client?.stop();
		rmSync(workspace, { recursive: true, force: true });
	});

	it('checks the connector of an open file, both its files, and no other', async () => {
		const swagger = uriOf('Invoices', SWAGGER);
		client.open(swagger, readFileSync(path.join(workspace, 'Invoices', SWAGGER), 'utf8'), 1);
		const opened = await client.diagnostics(swagger, (p) => p.version === 1);
		assert.ok(opened.diagnostics.length > 0);
		await client.diagnostics(uriOf('Invoices', PROPERTIES));
		// A second connector opened after the first: had the server scanned the workspace, Notes would be published by now.
		const egnyte = uriOf('Egnyte', SWAGGER);
		client.open(egnyte, readFileSync(path.join(workspace, 'Egnyte', SWAGGER), 'utf8'), 1);
		await client.diagnostics(egnyte, (p) => p.version === 1);
		await client.diagnostics(uriOf('Egnyte', PROPERTIES));
		const folders = new Set(client.publications().map((p) => path.basename(path.dirname(new URL(p.uri).pathname))));
		assert.deepEqual([...folders].sort(), ['Egnyte', 'Invoices']);
	});

	it('clears a connector\'s findings when its last open file closes', async () => {
		const from = client.publications().length;
		client.close(uriOf('Invoices', SWAGGER));
		const cleared = await client.diagnostics(uriOf('Invoices', SWAGGER), (p) => p.diagnostics.length === 0);
		assert.equal(cleared.diagnostics.length, 0);
		await client.diagnostics(uriOf('Invoices', PROPERTIES), (p) => p.diagnostics.length === 0);
		assert.deepEqual(client.publications().slice(from).filter((p) => p.uri.includes('/Egnyte/') && p.diagnostics.length === 0).map((p) => `${p.uri} ${p.version} ${p.diagnostics.length}`), [], 'the other open connector keeps its findings');
	});

	it('"Check All Connectors in Workspace" checks every connector on disk, reporting progress, and is cancellable', async () => {
		const progress: CheckWorkspaceProgress[] = [];
		client.connection.onNotification(CHECK_WORKSPACE_PROGRESS, (params: CheckWorkspaceProgress) => {
			progress.push(params);
		});
		const result = (await client.connection.sendRequest(CHECK_WORKSPACE_REQUEST.method, {})) as CheckWorkspaceResult;
		assert.deepEqual(result, { connectors: 3, checked: 3, cancelled: false });
		assert.deepEqual(progress.map((p) => `${p.checked}/${p.connectors}`), ['1/3', '2/3', '3/3']);
		// The closed connector is published again, and the never-opened one for the first time (each publish is sent in
		// a turn of its own, so the last may follow the answer).
		await client.diagnostics(uriOf('Invoices', SWAGGER), (p) => p.diagnostics.length > 0);
		await client.diagnostics(uriOf('Notes', SWAGGER));

		const source = new CancellationTokenSource();
		const cancelled = client.connection.sendRequest(CHECK_WORKSPACE_REQUEST.method, {}, source.token) as Promise<CheckWorkspaceResult>;
		source.cancel();
		const outcome: CheckWorkspaceResult | Error = await cancelled.then((value) => value, (error: unknown) => (error instanceof Error ? error : new Error(String(error))));
		// Either the server's own answer (stopped between connectors) or the protocol's RequestCancelled.
		if (outcome instanceof Error) {
			assert.match(outcome.message, /cancel/i);
		} else {
			assert.equal(outcome.cancelled, true);
			assert.ok(outcome.checked < outcome.connectors);
		}
	});
});
