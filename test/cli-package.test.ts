// `connector-certify package`: refuses on errors and writes nothing; otherwise a zip with exactly the three files
// under their canonical names, the same bytes whatever the files' timestamps, written atomically.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { unzipSync } from 'fflate';
import { REPO_ROOT, runCli } from './helpers/cli';
import { pngOf } from './helpers/png';

const CLEAN = join(REPO_ROOT, 'test', 'fixtures', 'cli', 'clean-connector');
const SAMPLE = join(REPO_ROOT, 'samples', 'sample-connector');
/** A certified connector Microsoft accepted in 2023 (test/fixtures/upstream/README.md), without an icon. */
const CERTIFIED = join(REPO_ROOT, 'test', 'fixtures', 'upstream', 'Cascade Strategy');
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('package command', () => {
	let tmp: string;
	before(() => {
		tmp = mkdtempSync(join(tmpdir(), 'connector-certify-package-'));
	});
	after(() => rmSync(tmp, { recursive: true, force: true }));

	test('writes exactly the three files, with their bytes, beside the folder by default', () => {
		const folder = join(tmp, 'Notes');
		cpSync(CLEAN, folder, { recursive: true });
		const result = runCli(['package', folder]);
		assert.equal(result.status, 0, result.stdout + result.stderr);
		const zip = join(tmp, 'Notes-certification.zip');
		assert.match(result.stdout, new RegExp(`^Wrote ${zip.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(\\d+ bytes\\): apiDefinition\\.swagger\\.json, apiProperties\\.json, icon\\.png\\.\\nSHA-256 ${sha256(zip)}\\n$`));
		const entries = unzipSync(readFileSync(zip));
		assert.deepEqual(Object.keys(entries), ['apiDefinition.swagger.json', 'apiProperties.json', 'icon.png']);
		for (const name of Object.keys(entries)) {
			assert.deepEqual(Buffer.from(entries[name]), readFileSync(join(folder, name)), name);
		}
	});

	test('the same files give the same bytes, whatever their timestamps; names are normalised', () => {
		const folder = join(tmp, 'Touched');
		cpSync(CLEAN, folder, { recursive: true });
		assert.equal(runCli(['package', folder, '-o', join(tmp, 'first.zip')]).status, 0);
		for (const name of readdirSync(folder)) {
			utimesSync(join(folder, name), new Date(2031, 5, 1), new Date(2031, 5, 1));
		}
		renameSync(join(folder, 'apiDefinition.swagger.json'), join(folder, 'APIDefinition.Swagger.JSON'));
		renameSync(join(folder, 'icon.png'), join(folder, 'Icon.PNG'));
		assert.equal(runCli(['package', folder, '-o', join(tmp, 'second.zip')]).status, 0);
		assert.equal(sha256(join(tmp, 'second.zip')), sha256(join(tmp, 'first.zip')));
	});

	test('packages a certified connector whose only findings are warnings, and lists the warnings it let through', () => {
		const folder = join(tmp, 'Cascade Strategy');
		cpSync(CERTIFIED, folder, { recursive: true });
		// It has no icon upstream: add one in its brand colour, #201b50, with a white logo.
		writeFileSync(join(folder, 'icon.png'), pngOf(230, 230, [0x20, 0x1b, 0x50, 255], [255, 255, 255, 255]));
		const result = runCli(['package', folder]);
		assert.equal(result.status, 0, result.stdout + result.stderr);
		const zip = join(tmp, 'Cascade Strategy-certification.zip');
		const entries = unzipSync(readFileSync(zip));
		assert.deepEqual(Object.keys(entries), ['apiDefinition.swagger.json', 'apiProperties.json', 'icon.png']);
		for (const name of Object.keys(entries)) {
			assert.deepEqual(Buffer.from(entries[name]), readFileSync(join(folder, name)), name);
		}
		// What Microsoft accepted on this connector and our rules once called errors, now warnings that are listed.
		const lines = result.stdout.split('\n');
		const warnings = lines.filter((line) => / warning [a-z0-9-]+ /.test(line));
		assert.ok(warnings.length > 0);
		assert.deepEqual(lines.filter((line) => / (error|information|hint) [a-z0-9-]+ /.test(line)), [], 'only warnings are listed');
		for (const rule of ['oauth-redirect-per-connector', 'publisher-stackowner-present', 'param-x-ms-summary-checklist', 'param-description-checklist']) {
			assert.ok(warnings.some((line) => line.includes(` warning ${rule} `)), `${rule} is listed`);
		}
		assert.match(result.stdout, new RegExp(`SHA-256 ${sha256(zip)}\\nPackaged with ${warnings.length} warnings \\(listed above\\): Microsoft lets them through, but reviewers may ask about them\\.\\n$`));
	});

	test('refuses a connector with errors: prints them, exits 1, writes nothing', () => {
		const folder = join(tmp, 'Sample');
		cpSync(SAMPLE, folder, { recursive: true });
		const result = runCli(['package', folder]);
		assert.equal(result.status, 1);
		assert.match(result.stdout, /error op-summary-required /);
		assert.match(result.stdout, /Not packaged: 6 errors must be fixed first\. Nothing was written\.\n$/);
		assert.equal(existsSync(join(tmp, 'Sample-certification.zip')), false);
	});

	test('refuses without an icon, and a failed write leaves nothing behind', () => {
		const folder = join(tmp, 'NoIcon');
		cpSync(CLEAN, folder, { recursive: true });
		rmSync(join(folder, 'icon.png'));
		const result = runCli(['package', folder]);
		assert.equal(result.status, 1);
		assert.match(result.stdout, /Not packaged: the package needs icon\.png in ".*NoIcon" \(Package should contain an icon\.\)\. Nothing was written\.\n$/);
		assert.equal(existsSync(join(tmp, 'NoIcon-certification.zip')), false);
		const good = join(tmp, 'Notes');
		const failed = runCli(['package', good, '-o', join(tmp, 'missing-folder', 'out.zip')]);
		assert.equal(failed.status, 2);
		assert.match(failed.stderr, /^connector-certify: could not write the package: ENOENT/);
		assert.equal(existsSync(join(tmp, 'missing-folder')), false);
	});

	test('usage: one folder; --output is for package', () => {
		assert.equal(runCli(['package']).status, 2);
		assert.equal(runCli(['package', CLEAN, SAMPLE]).status, 2);
		assert.equal(runCli(['check', CLEAN, '-o', 'x.zip']).status, 2);
		assert.equal(runCli(['package', join(CLEAN, 'apiProperties.json')]).status, 2);
	});
});
