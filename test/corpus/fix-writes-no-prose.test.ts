// Fix-all never invents content, on real connectors: `connector-certify fix --profile strict` over a copy of the 80
// dev connectors writes no summary, description, x-ms-summary or x-ms-visibility they did not have.
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { DEV_CORPUS } from '../../scripts/corpus-evidence';
import { runCli } from '../helpers/cli';
import { addedProseBetween, jsonFilesUnder } from '../helpers/prose';

test('connector-certify fix writes no prose on the dev corpus', () => {
	assert.ok(existsSync(DEV_CORPUS), `the dev corpus is expected at ${DEV_CORPUS} (clone ../shared beside the repository)`);
	const work = mkdtempSync(join(tmpdir(), 'connector-certify-prose-corpus-'));
	try {
		cpSync(DEV_CORPUS, join(work, 'dev'), { recursive: true });
		const before = jsonFilesUnder(work);
		const result = runCli(['fix', 'dev', '--profile', 'strict'], { cwd: work, timeoutMs: 300_000 });
		assert.ok(result.status === 0 || result.status === 1, result.stderr);
		const after = jsonFilesUnder(work);
		const changed = [...after].filter(([file, text]) => before.get(file) !== text).length;
		assert.ok(changed >= 20, `fix changed ${changed} files (the mechanical fixes still apply)`);
		assert.deepEqual(addedProseBetween(before, after), []);
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
});
