// `check --max-memory` and `--time-limit` through the built CLI: a connector that cannot be checked within its limits
// gets one check-failed error and the run goes on with the others (exit 1, not a crash); bad values are usage errors.
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { checkInWorkers } from '../server/src/commands/checkWorkers';
import { checkTarget, resolveTargets, type TargetResult } from '../server/src/commands/check';
import { DEFAULT_CONFIG } from '../server/src/engine/index';
import { assertJsonContract, CHECK_THREAD, REPO_ROOT, runCliAsync } from './helpers/cli';

const CLEAN = join(REPO_ROOT, 'test', 'fixtures', 'cli', 'clean-connector');

describe('check limits', () => {
	let tmp: string;
	before(() => {
		tmp = mkdtempSync(join(tmpdir(), 'connector-certify-limits-'));
		cpSync(CLEAN, join(tmp, 'normal'), { recursive: true });
		// A generated definition with 50,000 operations: seconds of work and a few hundred MB to check.
		const paths: Record<string, object> = {};
		for (let i = 0; i < 50_000; i++) {
			paths[`/items${i}`] = { get: { operationId: `GetItem${i}`, summary: `Get item ${i}`, description: 'Gets one item.', responses: { '200': { description: 'OK' } } } };
		}
		mkdirSync(join(tmp, 'generated'));
		writeFileSync(join(tmp, 'generated', 'apiDefinition.swagger.json'), JSON.stringify({ swagger: '2.0', info: { title: 'Generated', description: 'A generated definition.', version: '1.0' }, host: 'api.contoso.com', basePath: '/', schemes: ['https'], paths }));
	});
	after(() => rmSync(tmp, { recursive: true, force: true }));

	/** Each file's check-failed messages, by folder name. */
	function failures(stdout: string): Record<string, string[]> {
		const report = assertJsonContract(stdout);
		return Object.fromEntries(report.files.map((file) => [file.path.split('/').slice(-2, -1)[0] + '/' + file.path.split('/').pop(), file.diagnostics.filter((d) => d.ruleId === 'check-failed').map((d) => `${d.severity} ${d.message}`)]));
	}

	test('a connector over --max-memory gets a check-failed error; the other is checked; exit 1', async () => {
		const result = await runCliAsync(['check', tmp, '--max-memory', '64', '--format', 'json'], { cwd: tmp, timeoutMs: 60_000 });
		assert.equal(result.status, 1, result.stderr);
		assert.equal(result.stderr, '');
		assert.deepEqual(failures(result.stdout), {
			'generated/apiDefinition.swagger.json': ['error Connector Certify could not check this connector: it needs more than 64 MB of memory (--max-memory). The file is too large or too complex; the other connectors were checked.'],
			'normal/apiDefinition.swagger.json': [],
			'normal/apiProperties.json': [],
			'normal/icon.png': [],
			'normal/readme.md': [],
		});
	});

	test('a connector over --time-limit gets a check-failed error within the limit; exit 1', async () => {
		const started = Date.now();
		const result = await runCliAsync(['check', join(tmp, 'generated'), '--time-limit', '1', '--format', 'json'], { cwd: tmp, timeoutMs: 60_000 });
		assert.equal(result.status, 1, result.stderr);
		assert.deepEqual(failures(result.stdout), {
			'generated/apiDefinition.swagger.json': ['error Connector Certify could not check this connector: it was not checked within 1 s (--time-limit). The file is too large or too complex; the other connectors were checked.'],
		});
		assert.ok(Date.now() - started < 15_000, 'the limit ends the run, not the check');
	});

	test('a single connector is checked on a thread by default, so running out of memory is a finding, not a crash', async () => {
		// The CLI process held to 96 MB of heap (its threads are held to it too): the generated definition needs more.
		// It used to be checked in the CLI's own process, and V8's out-of-memory crash ended the run (signal 6).
		const result = await runCliAsync(['check', join(tmp, 'generated'), '--format', 'json'], { cwd: tmp, timeoutMs: 60_000, env: { NODE_OPTIONS: '--max-old-space-size=96' } });
		assert.equal(result.stderr, '');
		assert.equal(result.status, 1);
		const messages = failures(result.stdout)['generated/apiDefinition.swagger.json'];
		assert.equal(messages.length, 1);
		// The figure named is --max-memory's (2048 by default); the process-wide flag lowered the real ceiling.
		assert.match(messages[0], /^error Connector Certify could not check this connector: it needs more than \d+ MB of memory \(--max-memory\)\./);
	});

	test('the connector queued behind one that runs its thread out of memory is checked by the next thread', { timeout: 60_000 }, async () => {
		// One thread holds two connectors while more are left than threads: the generated one, and the normal one behind it.
		// (Running out of time hands the queue back the same way; a 1 s limit is too tight to time the others by.)
		const targets = await resolveTargets([join(tmp, 'generated'), join(tmp, 'normal'), CLEAN], tmp);
		const options = { cwd: tmp, quiet: false };
		const arrived: TargetResult[] = [];
		const results = await checkInWorkers(CHECK_THREAD, 1, { maxMemoryMb: 64, timeLimitSeconds: 120 })(targets, DEFAULT_CONFIG, options, (result) => arrived.push(result));
		// Each result is handed over as it arrives (the CLI writes its JSON meanwhile), the failed one too.
		assert.equal(arrived.length, 3);
		assert.ok(results.every((result) => arrived.includes(result)));
		const [generated, ...others] = results;
		assert.deepEqual(
			generated.files.map((file) => file.findings.map((finding) => finding.message)),
			[['Connector Certify could not check this connector: it needs more than 64 MB of memory (--max-memory). The file is too large or too complex; the other connectors were checked.']],
		);
		assert.deepEqual(others, [await checkTarget(targets[1], DEFAULT_CONFIG, options), await checkTarget(targets[2], DEFAULT_CONFIG, options)]);
	});

	test('bad limits are usage errors, and the limits belong to check', async () => {
		const zero = await runCliAsync(['check', tmp, '--max-memory', '0']);
		assert.equal(zero.status, 2);
		assert.equal(zero.stderr, 'connector-certify: --max-memory must be a whole number from 64 to 65536 (got "0") (see connector-certify --help).\n');
		const words = await runCliAsync(['check', tmp, '--time-limit', 'soon']);
		assert.equal(words.stderr, 'connector-certify: --time-limit must be a whole number from 1 to 86400 (got "soon") (see connector-certify --help).\n');
		const misplaced = await runCliAsync(['fix', tmp, '--time-limit', '5']);
		assert.equal(misplaced.stderr, 'connector-certify: --time-limit applies to check (see connector-certify --help).\n');
	});
});
