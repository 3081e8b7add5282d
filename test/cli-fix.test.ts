// `connector-certify fix`: the editor's fix-all on the command line, on copies (never the originals), written
// atomically, style kept (CRLF, BOM, indentation), idempotent, and `--dry-run` writes nothing.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { REPO_ROOT, runCli, snapshotTree } from './helpers/cli';
import { UPSTREAM } from './helpers/upstream';

const CLEAN = join(REPO_ROOT, 'test', 'fixtures', 'cli', 'clean-connector');
const SWAGGER = 'apiDefinition.swagger.json';

describe('fix command', () => {
	let tmp: string;
	before(() => {
		tmp = mkdtempSync(join(tmpdir(), 'connector-certify-fix-'));
	});
	after(() => rmSync(tmp, { recursive: true, force: true }));

	/** The clean fixture with its scheme changed to 'http' (a fix fully determined by the file), written with CRLF line endings and a BOM. */
	function brokenCopy(name: string): { folder: string; before: string } {
		const folder = join(tmp, name);
		cpSync(CLEAN, folder, { recursive: true });
		const text = readFileSync(join(folder, SWAGGER), 'utf8').replace(/("schemes": \[\s*)"https"/, '$1"http"').replace(/\n/g, '\r\n');
		writeFileSync(join(folder, SWAGGER), `\uFEFF${text}`);
		return { folder, before: text };
	}

	test('fixes the scheme in the file\'s own style and reports what it fixed', () => {
		const { folder, before } = brokenCopy('style');
		const result = runCli(['fix', folder]);
		assert.equal(result.status, 0, result.stderr);
		assert.match(result.stdout, /apiDefinition\.swagger\.json: fixed 1 problem \(schemes-https 1\)\n\nFixed 1 problem in 1 file \(1 connector\)\.\nNo errors remain\.\n$/);
		const after = readFileSync(join(folder, SWAGGER), 'utf8');
		assert.ok(after.startsWith('\uFEFF'), 'the byte order mark is kept');
		assert.equal(after.slice(1), before.replace(/("schemes": \[\s*)"http"/, '$1"https"'));
		assert.deepEqual(readdirSync(folder).filter((name) => name.endsWith('.tmp')), [], 'no temporary file is left');
		assert.equal(runCli(['check', folder]).status, 0);
	});

	test('is idempotent, and --dry-run writes nothing', () => {
		const { folder } = brokenCopy('dry');
		const snapshot = snapshotTree(folder);
		const dry = runCli(['fix', folder, '--dry-run']);
		assert.match(dry.stdout, /would fix 1 problem \(schemes-https 1\)/);
		assert.deepEqual(snapshotTree(folder), snapshot);
		runCli(['fix', folder]);
		const again = runCli(['fix', folder]);
		assert.equal(again.status, 0);
		assert.match(again.stdout, /^\nNothing to fix in 1 connector\.\nNo errors remain\.\n$/);
	});

	test('on a copy of a real connector: the original is untouched, and every fixable finding it fixed is gone', () => {
		const original = join(UPSTREAM, 'Egnyte');
		const originalSnapshot = snapshotTree(original);
		const folder = join(tmp, 'Egnyte');
		cpSync(original, folder, { recursive: true });
		const result = runCli(['fix', folder]);
		// Accepted by Microsoft in 2024, it has no error; fix-all still makes the mechanical fixes (periods, consumes, encodings).
		assert.equal(result.status, 0, result.stdout);
		assert.match(result.stdout, /No errors remain\.\n$/);
		const fixedRules = [...result.stdout.matchAll(/([a-z0-9-]+) (\d+)[,)]/g)].map((match) => match[1]);
		assert.ok(fixedRules.includes('consumes-missing'), result.stdout);
		assert.ok(!fixedRules.includes('op-summary-checklist'), 'a summary is wording for the author, never written by fix');
		const check = JSON.parse(runCli(['check', folder, '--format', 'json']).stdout) as { files: { diagnostics: { ruleId: string }[] }[] };
		const remaining = new Set(check.files.flatMap((file) => file.diagnostics.map((d) => d.ruleId)));
		for (const rule of fixedRules) {
			assert.ok(!remaining.has(rule), `${rule} findings are gone`);
		}
		assert.deepEqual(snapshotTree(original), originalSnapshot);
	});

	test('usage: --format is for check; --dry-run is for fix', () => {
		assert.equal(runCli(['fix', CLEAN, '--format', 'json']).status, 2);
		assert.equal(runCli(['check', CLEAN, '--dry-run']).status, 2);
	});
});
