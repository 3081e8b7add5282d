// `connector-certify package --check <zip>`: exit 0 when clean, 1 with problems, 2 when the zip cannot be read;
// text and JSON output. The checks themselves are covered in package-check.test.ts.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { assertNoStackTrace, runCli } from './helpers/cli';
import { pngOf } from './helpers/png';

const MTIME = new Date(1980, 0, 1);
const CLASSIC: Zippable = {
	'apiDefinition.swagger.json': [strToU8('{"swagger":"2.0"}'), { mtime: MTIME }],
	'apiProperties.json': [strToU8('{"properties":{}}'), { mtime: MTIME }],
	'icon.png': [pngOf(4, 4, [0, 0x58, 0xa9, 255]), { mtime: MTIME }],
};

describe('package --check', () => {
	let tmp: string;
	before(() => {
		tmp = mkdtempSync(join(tmpdir(), 'connector-certify-cli-package-check-'));
		writeFileSync(join(tmp, 'good.zip'), zipSync({ ...CLASSIC }));
		writeFileSync(join(tmp, 'junk.zip'), zipSync({ ...CLASSIC, '__MACOSX/._icon.png': [strToU8('x'), { mtime: MTIME }] }));
		writeFileSync(join(tmp, 'half.zip'), zipSync({ 'intro.md': [strToU8('Notes.'), { mtime: MTIME }] }));
		writeFileSync(join(tmp, 'folder.zip'), zipSync({ 'intro.md': [strToU8('Notes.'), { mtime: MTIME }], 'docs/notes.txt': [strToU8('x'), { mtime: MTIME }] }));
		writeFileSync(join(tmp, 'notes.pdf'), '%PDF-1.7');
	});
	after(() => rmSync(tmp, { recursive: true, force: true }));

	test('a clean classic zip: exit 0 and a one-line summary', () => {
		const result = runCli(['package', '--check', 'good.zip'], { cwd: tmp });
		assert.equal(result.status, 0, result.stderr);
		assert.equal(result.stdout, 'Checked good.zip as a classic connector zip: no problems found.\n');
		assert.equal(result.stderr, '');
	});

	test('problems: exit 1, one line each with the entry and the policy code', () => {
		const junk = runCli(['package', '--check', 'junk.zip'], { cwd: tmp });
		assert.equal(junk.status, 1);
		assert.equal(
			junk.stdout,
			"junk.zip: __MACOSX/: error zip-no-os-junk When using macOS, ensure that only the three connector artifact files are included in the .zip archive: remove the '__MACOSX/' folder.\n\nChecked junk.zip as a classic connector zip: 1 problem.\n",
		);
		const folder = runCli(['package', '--check', 'folder.zip'], { cwd: tmp });
		assert.equal(folder.status, 1);
		assert.equal(
			folder.stdout,
			[
				"folder.zip: docs/: error pkg-outer-no-folders The provided zip file should not contain any folder inside 'folder.zip'. Please remove the folder docs. [5000.1.1.11]",
				"folder.zip: error pkg-outer-intro-and-zip The provided zip file should contain both intro.md and package zip file in 'folder.zip'. The package zip file is missing. Please add the required file. [5000.1.1.5]",
				'',
				'Checked folder.zip as a Partner Center package: 2 problems.\n',
			].join('\n'),
		);
		const half = runCli(['package', '--check', join(tmp, 'half.zip'), '--format', 'json'], { cwd: tmp });
		assert.equal(half.status, 1);
		assert.deepEqual(JSON.parse(half.stdout), {
			version: 1,
			file: 'half.zip',
			layout: 'partner-center',
			problems: [
				{
					id: 'pkg-outer-intro-and-zip',
					message: "The provided zip file should contain both intro.md and package zip file in 'half.zip'. The package zip file is missing. Please add the required file.",
					policy: '5000.1.1.5',
					entry: null,
				},
			],
		});
	});

	test('not a zip is a problem (exit 1); a missing file or a folder is unreadable input (exit 2)', () => {
		const pdf = runCli(['package', '--check', 'notes.pdf'], { cwd: tmp });
		assert.equal(pdf.status, 1);
		assert.equal(pdf.stdout, "notes.pdf: error zip-unreadable 'notes.pdf' is not a readable zip file: no zip end-of-central-directory record was found.\n\nChecked notes.pdf: 1 problem.\n");
		const missing = runCli(['package', '--check', 'missing.zip'], { cwd: tmp });
		assert.equal(missing.status, 2);
		assert.equal(missing.stdout, '');
		assert.equal(missing.stderr, 'connector-certify: cannot check "missing.zip": the path does not exist.\n');
		const folder = runCli(['package', '--check', '.'], { cwd: tmp });
		assert.equal(folder.status, 2);
		assert.equal(folder.stderr, 'connector-certify: cannot check ".": not a file (package --check takes a submission zip).\n');
		assertNoStackTrace(folder);
	});

	test('usage: exactly one zip', () => {
		assert.equal(runCli(['package', '--check'], { cwd: tmp }).status, 2);
		assert.equal(runCli(['package', '--check', 'good.zip', 'junk.zip'], { cwd: tmp }).status, 2);
	});
});
