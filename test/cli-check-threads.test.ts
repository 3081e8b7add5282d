// The CLI's check threads (commands/checkWorkers.ts, from the built dist/checkThread.js; run `npm run build` first):
// told how the report is written, each thread sends back every file's part of it and the count of its findings by
// severity, the same bytes the main thread writes from the findings, in the targets' order.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { reportWriter, type ReportSpec } from '../server/src/cli/reportFormat';
import { checkTarget, resolveTargets, type TargetResult, type ReportedFile } from '../server/src/commands/check';
import { checkInWorkers, DEFAULT_CHECK_LIMITS } from '../server/src/commands/checkWorkers';
import { DEFAULT_CONFIG } from '../server/src/engine/index';
import { CHECK_THREAD, REPO_ROOT } from './helpers/cli';

const CONNECTORS = [join(REPO_ROOT, 'samples', 'sample-connector'), join(REPO_ROOT, 'test', 'fixtures', 'cli', 'clean-connector')];

describe("the CLI's check threads", () => {
	for (const format of ['json', 'sarif', 'text'] as const) {
		test(`write each file's part of a ${format} report, as the main thread would from the findings`, async () => {
			const spec: ReportSpec = { format, cwd: REPO_ROOT, version: '1.2.3', baseline: false };
			const options = { cwd: REPO_ROOT, quiet: false };
			const targets = await resolveTargets(CONNECTORS, REPO_ROOT);
			const arrived: TargetResult<ReportedFile>[] = [];
			const results = await checkInWorkers(CHECK_THREAD, 2, DEFAULT_CHECK_LIMITS, spec)(targets, DEFAULT_CONFIG, options, (result) => arrived.push(result));
			assert.equal(arrived.length, 2);
			const writer = reportWriter(spec);
			for (const [index, result] of results.entries()) {
				const expected = await checkTarget(targets[index], DEFAULT_CONFIG, options);
				assert.deepEqual(
					result.files.map((file) => ('part' in file ? [file.absolutePath, file.kind, file.lineCount, file.counts, file.part && Buffer.from(file.part).toString('utf8')] : 'findings sent')),
					expected.files.map((file) => {
						const counts = { error: 0, warning: 0, information: 0, hint: 0 };
						file.findings.forEach((finding) => counts[finding.severity]++);
						return [file.absolutePath, file.kind, file.lineCount, counts, writer.filePart(file)?.toString('utf8')];
					}),
				);
			}
			// The sample has findings and the clean connector none, so both kinds of part were compared.
			assert.ok(results[0].files.some((file) => 'part' in file && file.part !== undefined && file.counts.error > 0));
			assert.ok(results[1].files.every((file) => 'counts' in file && file.counts.error + file.counts.warning === 0));
		});
	}

	test("leave V8's flags alone, and save their code cache once the first connector is checked, before replying", () => {
		// In a process of its own: V8's flags are the whole process's, and other tests set them. The thread is given time
		// to finish starting (its event loop has idled) before the cache folder is read, then a first job (one it cannot
		// check, which is a check all the same).
		const cache = mkdtempSync(join(tmpdir(), 'cc-thread-cache-'));
		const script = `
			const { Worker } = require('node:worker_threads');
			const { cachedDataVersionTag } = require('node:v8');
			const { readdirSync } = require('node:fs');
			const before = cachedDataVersionTag();
			const files = () => readdirSync(process.env.NODE_COMPILE_CACHE).filter((file) => file.startsWith('checkThread.main-'));
			const worker = new Worker(process.argv[1]);
			worker.once('online', () => {
				const poll = () => {
					if (worker.performance.eventLoopUtilization().idle === 0) {
						setTimeout(poll, 1);
						return;
					}
					const started = files();
					worker.once('message', (reply) => {
						process.stdout.write(JSON.stringify({ started, replied: 'error' in reply, saved: files(), flagsAlone: cachedDataVersionTag() === before, tag: before.toString(16) }));
						void worker.terminate();
					});
					worker.postMessage({ index: 0 });
				};
				poll();
			});`;
		try {
			const result = spawnSync(process.execPath, ['-e', script, CHECK_THREAD], { encoding: 'utf8', timeout: 60_000, env: { ...process.env, NODE_DISABLE_COMPILE_CACHE: '', NODE_COMPILE_CACHE: cache } });
			assert.equal(result.stderr, '');
			const seen = JSON.parse(result.stdout) as { started: string[]; replied: boolean; saved: string[]; flagsAlone: boolean; tag: string };
			assert.deepEqual({ ...seen, saved: seen.saved.length }, { started: [], replied: true, saved: 1, flagsAlone: true, tag: seen.tag });
			// Named for the flags it was made under (<bundle>-<path hash>-<flags tag>-<arch>.cache): the process's.
			assert.equal(seen.saved[0].split('-')[2], seen.tag);
			assert.deepEqual(readdirSync(cache), seen.saved, 'no temporary file left');
		} finally {
			rmSync(cache, { recursive: true, force: true });
		}
	});

	test('send the findings themselves when the run does not say how its report is written', async () => {
		const targets = await resolveTargets(CONNECTORS.slice(0, 1), REPO_ROOT);
		const options = { cwd: REPO_ROOT, quiet: false };
		const [result] = await checkInWorkers(CHECK_THREAD, 1)(targets, DEFAULT_CONFIG, options);
		assert.deepEqual(result, await checkTarget(targets[0], DEFAULT_CONFIG, options));
	});
});
