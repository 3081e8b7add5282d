// The checker thread's memory tiers (lsp/checker.ts) on real threads of the built server: a document that does not
// fit the first tier is checked again on a thread with the next one, and past the last the check fails with a message
// saying so, while the Checker keeps working for the next document. Each scenario runs in a process of its own
// (test/helpers/checkerMemoryRun.ts), so a thread that ran out of memory cannot outlive the test.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';

const SERVER = path.resolve(__dirname, '..', '..', 'dist', 'server.js');
const RUN = path.resolve(__dirname, '..', 'helpers', 'checkerMemoryRun.ts');

function scenario(tiers: readonly number[], sizes: readonly number[]): { outcomes: unknown[]; lines: string[] } {
	assert.ok(existsSync(SERVER), 'dist/server.js is missing: run `npm run build` first');
	const result = spawnSync(process.execPath, ['--import', 'tsx', RUN, SERVER, tiers.join(','), ...sizes.map(String)], { encoding: 'utf8', timeout: 60_000 });
	assert.equal(result.status, 0, `${result.stderr}\n${result.error ?? ''}`);
	return JSON.parse(result.stdout) as { outcomes: unknown[]; lines: string[] };
}

/**
 * Operations in a document that does not fit a 48 MB thread: about twice what does. 6,000 used to be enough, until the
 * server's bundle lost 0.8 MB of code each thread had held; then 5,000 fit, and 6,000 did in one run of three.
 */
const TOO_LARGE_FOR_48_MB = 10_000;

describe('checker thread memory tiers', () => {
	test('a document too large for the first tier is checked on a thread with the next one, which stays', () => {
		const { outcomes, lines } = scenario([48, 512], [TOO_LARGE_FOR_48_MB, TOO_LARGE_FOR_48_MB]);
		assert.deepEqual(outcomes, [{ kind: 'done' }, { kind: 'done' }]);
		assert.deepEqual(lines.filter((line) => line.includes('ran out')), ['info: The test checker thread ran out of its 48 MB; checking again with 512 MB.']);
	});

	test('past the last tier the check fails with a message, and the next small document is checked', () => {
		const { outcomes, lines } = scenario([48], [TOO_LARGE_FOR_48_MB, 3]);
		assert.deepEqual(outcomes, [{ kind: 'failed', message: 'the document is too large or too complex to check within 48 MB of memory' }, { kind: 'done' }]);
		assert.ok(lines.includes('error: The test checker thread ran out of its 48 MB.'), lines.join('\n'));
	});
});
