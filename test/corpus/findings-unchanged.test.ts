// The findings over the dev corpus are those of the stored expectation (test/corpus/expected/dev-findings.json), file
// by file: work on speed must not change a single one. After an intended change of findings, refresh the
// expectation with `npm run corpus:expect` in the same commit.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { JsonReport } from '../../server/src/cli/jsonFormat';
import { runCli } from '../helpers/cli';
import { digestOf, type CorpusDigest } from '../helpers/findingsDigest';

test('check over the dev corpus gives the stored findings, file by file', { timeout: 300_000 }, () => {
	const expected = JSON.parse(readFileSync(join(__dirname, 'expected', 'dev-findings.json'), 'utf8')) as CorpusDigest;
	const result = runCli(['check', '../shared/corpus/dev', '--format', 'json'], { timeoutMs: 280_000 });
	assert.equal(result.stderr, '');
	const actual = digestOf(JSON.parse(result.stdout) as JsonReport);
	assert.deepEqual(Object.keys(actual), Object.keys(expected), 'the same files');
	for (const [file, digest] of Object.entries(expected)) {
		// Counts first, so a difference says which rule moved.
		assert.deepEqual(actual[file].rules, digest.rules, `${file}: findings per rule`);
		assert.equal(actual[file].sha256, digest.sha256, `${file}: the findings themselves (messages, ranges or pointers)`);
	}
});
