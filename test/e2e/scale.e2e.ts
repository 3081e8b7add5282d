// A fork-sized workspace (issue 13): the 80 dev connectors of ../shared/corpus in one folder, one file open. Only that
// connector is checked (the Problems panel holds its findings and no other's), and the language server stays small.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { SERVER_NODE_FLAGS } from '../../server/src/protocol/launch';
import { builtVsix, DEADLINE_MS, prepareTools, processes, REPO_ROOT, VsCode, waitFor } from './vscode';

const DEV_CORPUS = join(REPO_ROOT, '..', 'shared', 'corpus', 'dev');
const CONNECTOR = 'Airly';
const MAX_SERVER_RSS_MB = 300;

/** The language server's resident memory, from `ps` (its checker threads are in the same process). */
function serverRssMb(): number {
	const servers = processes((args) => args.includes('connector-certify') && args.includes('dist/server.js'));
	assert.equal(servers.length, 1, `one language server process, found ${servers.length}`);
	// The client starts it with the flags the bench measured it with.
	assert.ok(SERVER_NODE_FLAGS.every((flag) => servers[0].args.split(' ').includes(flag)), `the language server runs with ${SERVER_NODE_FLAGS.join(' ')}: ${servers[0].args}`);
	return servers[0].rssKb / 1024;
}

describe('Connector Certify in a workspace of 80 connectors', () => {
	let scratch: string;
	let workspace: string;
	let vscode: VsCode;

	before(async () => {
		assert.ok(existsSync(DEV_CORPUS), `the dev corpus is expected at ${DEV_CORPUS} (check out ../shared beside the repository)`);
		const tools = prepareTools();
		scratch = mkdtempSync(join(tmpdir(), 'connector-certify-e2e-scale-'));
		workspace = join(scratch, 'connectors');
		cpSync(DEV_CORPUS, workspace, { recursive: true });
		vscode = await VsCode.start(tools, builtVsix(), workspace, join(scratch, 'vscode'));
	});

	after(async () => {
		await vscode?.stop();
		if (scratch) {
			rmSync(scratch, { recursive: true, force: true });
		}
	});

	test('one file open: only its connector is checked, and the server stays under 300 MB', async () => {
		try {
			await vscode.openFile(CONNECTOR, 'apiDefinition.swagger.json');
			await waitFor('the connector\'s findings', async () => (await vscode.connectorErrors()) !== undefined && (await vscode.problems()).some((row) => row.includes('connector-certify')));
			// What the CLI finds in that connector alone (hints are not listed in Problems) is what the panel counts.
			const cli = spawnSync(process.execPath, [join(REPO_ROOT, 'dist', 'cli.js'), 'check', join(workspace, CONNECTOR), '--format', 'json'], { encoding: 'utf8' });
			const report = JSON.parse(cli.stdout) as { files: { diagnostics: { severity: string }[] }[] };
			const expected = report.files.flatMap((file) => file.diagnostics).filter((d) => d.severity !== 'hint').length;
			const badge = vscode.page.locator('.part.panel .composite-bar .action-item', { hasText: 'Problems' }).locator('.badge-content').first();
			await waitFor(`the Problems count to be ${expected}`, async () => Number(await badge.textContent({ timeout: DEADLINE_MS })) === expected);
			const rssMb = serverRssMb();
			assert.ok(rssMb < MAX_SERVER_RSS_MB, `the language server uses ${rssMb.toFixed(0)} MB`);
			console.log(`  ${CONNECTOR}: ${expected} findings in Problems; language server RSS ${rssMb.toFixed(0)} MB`);
			await vscode.screenshot('scale-one-connector');
		} catch (error) {
			await vscode?.screenshot('scale-one-connector-failure').catch(() => undefined);
			throw error;
		}
	});

	test('Check All Connectors in Workspace sweeps the 80, and the server\'s memory falls back under 300 MB', async () => {
		try {
			await vscode.runCommand('Connector Certify: Check All Connectors in Workspace');
			await waitFor('the sweep to finish', async () => (await vscode.notifications()).some((text) => /checked 80 of 80 connectors/.test(text)));
			const readings: number[] = [];
			await waitFor(`the language server's memory to fall under ${MAX_SERVER_RSS_MB} MB`, () => {
				readings.push(serverRssMb());
				return readings[readings.length - 1] < MAX_SERVER_RSS_MB;
			}).catch((error: unknown) => {
				throw new Error(`${String(error)}; RSS readings ${readings.map((mb) => mb.toFixed(0)).join(', ')} MB`);
			});
			console.log(`  after the sweep of 80 connectors: language server RSS ${readings[0].toFixed(0)} MB, then ${readings[readings.length - 1].toFixed(0)} MB once its background thread was let go`);
			await vscode.screenshot('scale-sweep');
		} catch (error) {
			await vscode?.screenshot('scale-sweep-failure').catch(() => undefined);
			throw error;
		}
	});
});
