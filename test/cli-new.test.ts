// `connector-certify new` and `connector-certify readme` through the built CLI: a new connector checks clean apart
// from its icon, a readme is scaffolded only with --force over an existing one, and refusals are one line, exit 2.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { assertJsonContract, assertNoStackTrace, runCli } from './helpers/cli';
import { GOOD_ICON } from './helpers/png';
import { unzipSync } from 'fflate';

const FILES = ['apiDefinition.swagger.json', 'apiProperties.json', 'readme.md'];

describe('new and readme commands', () => {
	let tmp: string;
	before(() => {
		tmp = mkdtempSync(join(tmpdir(), 'connector-certify-cli-new-'));
	});
	after(() => rmSync(tmp, { recursive: true, force: true }));

	for (const auth of ['oauth2', 'apikey', 'basic', 'none']) {
		test(`new --auth ${auth}: the three files, and check reports only the missing icon`, () => {
			const folder = join(tmp, `contoso-${auth}`);
			const created = runCli(['new', folder, '--auth', auth]);
			assert.equal(created.status, 0, created.stderr);
			assert.ok(created.stdout.startsWith(`Created ${folder}: ${FILES.join(', ')}.\n`), created.stdout);
			assert.deepEqual(readdirSync(folder).sort(), FILES);
			const checked = runCli(['check', folder, '--format', 'json']);
			assert.equal(checked.status, 0, checked.stdout + checked.stderr);
			const report = assertJsonContract(checked.stdout);
			assert.deepEqual(
				report.files.flatMap((file) => file.diagnostics.map((d) => `${d.ruleId} ${d.severity}`)),
				['icon-present information'],
			);
			writeFileSync(join(folder, 'icon.png'), GOOD_ICON());
			const clean = runCli(['check', folder]);
			assert.equal(clean.status, 0, clean.stdout);
			assert.match(clean.stdout, /^No problems found in 4 files \(1 connector\)\.\n$/);
		});
	}

	test('new --kind mcp: an MCP server connector that checks clean apart from its icon, and packages', () => {
		const folder = join(tmp, 'contoso-tasks');
		const created = runCli(['new', folder, '--auth', 'apikey', '--kind', 'mcp']);
		assert.equal(created.status, 0, created.stderr);
		const checked = runCli(['check', folder, '--format', 'json']);
		const report = assertJsonContract(checked.stdout);
		assert.deepEqual(report.files.flatMap((file) => file.diagnostics.map((d) => `${d.ruleId} ${d.severity}`)), ['icon-present information']);
		writeFileSync(join(folder, 'icon.png'), GOOD_ICON());
		const zip = join(tmp, 'tasks.zip');
		const packaged = runCli(['package', folder, '-o', zip]);
		assert.equal(packaged.status, 0, packaged.stdout + packaged.stderr);
		assert.deepEqual(Object.keys(unzipSync(readFileSync(zip))), ['apiDefinition.swagger.json', 'apiProperties.json', 'icon.png']);
		const basic = runCli(['new', join(tmp, 'other-mcp'), '--auth', 'basic', '--kind', 'mcp']);
		assert.equal(basic.status, 2);
		assert.equal(basic.stderr, 'connector-certify: --auth must be one of oauth2, apikey, none (got "basic") (see connector-certify --help).\n');
		const kind = runCli(['new', join(tmp, 'other-kind'), '--auth', 'none', '--kind', 'soap']);
		assert.equal(kind.status, 2);
		assert.match(kind.stderr, /--kind must be one of rest, mcp \(got "soap"\)/);
	});

	test('new refuses a non-empty folder and an unknown --auth, with one line and exit 2', () => {
		const folder = join(tmp, 'busy');
		mkdirSync(folder);
		writeFileSync(join(folder, 'notes.txt'), 'Mine.\n');
		const busy = runCli(['new', folder, '--auth', 'apikey']);
		assert.equal(busy.status, 2);
		assert.equal(busy.stderr, `connector-certify: cannot create a connector in "${folder}": the folder is not empty.\n`);
		assert.deepEqual(readdirSync(folder), ['notes.txt']);
		const unknown = runCli(['new', join(tmp, 'other'), '--auth', 'certificate']);
		assert.equal(unknown.status, 2);
		assertNoStackTrace(unknown);
		assert.match(unknown.stderr, /--auth must be one of oauth2, apikey, basic, none/);
	});

	test('readme keeps an existing readme.md unless --force, then writes the template', () => {
		const folder = join(tmp, 'contoso-readme');
		assert.equal(runCli(['new', folder, '--auth', 'basic']).status, 0);
		const before = readFileSync(join(folder, 'readme.md'), 'utf8');
		const kept = runCli(['readme', folder]);
		assert.equal(kept.status, 1);
		assert.match(kept.stderr, /readme\.md already exists; it was left as it is \(use --force to replace it\)\.\n$/);
		assert.equal(readFileSync(join(folder, 'readme.md'), 'utf8'), before);
		const forced = runCli(['readme', folder, '--force']);
		assert.equal(forced.status, 0, forced.stderr);
		assert.equal(forced.stdout, `Wrote ${join(folder, 'readme.md')}.\n`);
		const text = readFileSync(join(folder, 'readme.md'), 'utf8');
		assert.match(text, /^# Contoso Readme\nRequired\. /);
		const checked = runCli(['check', folder, '--format', 'json']);
		// The template's placeholder text is a warning: reviewers ask for it, but accepted connectors keep some.
		assert.equal(checked.status, 0);
		const rules = new Set(assertJsonContract(checked.stdout).files.flatMap((file) => file.diagnostics.map((d) => d.ruleId)));
		assert.deepEqual([...rules].sort(), ['icon-present', 'readme-placeholders']);
	});
});
