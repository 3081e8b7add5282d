// The CLI over every real connector in ../shared/corpus/dev (beside the repository, as CI clones it): it must finish
// without an exception, list every connector file, and honour the JSON contract for all of them.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { assertJsonContract, assertNoStackTrace, REPO_ROOT, runCli, splitLines } from '../helpers/cli';

const CORPUS_ARG = '../shared/corpus/dev';
const CORPUS = join(REPO_ROOT, CORPUS_ARG);

/** The connector files in each corpus folder, found independently of the CLI's own discovery. */
function expectedFiles(): { folders: string[]; files: string[] } {
	const folders = readdirSync(CORPUS)
		.filter((name) => statSync(join(CORPUS, name)).isDirectory())
		.sort();
	const files: string[] = [];
	for (const folder of folders) {
		const names = readdirSync(join(CORPUS, folder));
		const apiProperties = names.filter((name) => name.toLowerCase() === 'apiproperties.json');
		const swaggers = names.filter((name) => name.toLowerCase().endsWith('.swagger.json'));
		assert.equal(apiProperties.length, 1, `${folder} has one apiProperties.json`);
		assert.equal(swaggers.length, 1, `${folder} has one swagger`);
		files.push(`${CORPUS_ARG}/${folder}/${swaggers[0]}`, `${CORPUS_ARG}/${folder}/${apiProperties[0]}`);
		// The artifacts rules read are checked files too: the icon, the custom code and the readme, in any case.
		for (const artifact of ['icon.png', 'script.csx', 'readme.md']) {
			files.push(...names.filter((name) => name.toLowerCase() === artifact).slice(0, 1).map((name) => `${CORPUS_ARG}/${folder}/${name}`));
		}
	}
	return { folders, files };
}

test('check over the whole dev corpus honours the JSON contract for all 80 connectors', { timeout: 300_000 }, () => {
	assert.ok(existsSync(CORPUS), `the dev corpus is expected at ${CORPUS} (clone ../shared beside the repository)`);
	const { folders, files } = expectedFiles();
	assert.equal(folders.length, 80);

	const result = runCli(['check', CORPUS_ARG, '--format', 'json'], { timeoutMs: 280_000 });
	assertNoStackTrace(result);
	assert.equal(result.stderr, '', 'nothing on stderr (no unreadable file, no rule exception)');
	assert.ok(result.status === 0 || result.status === 1, `exit code ${result.status}`);

	const lines = new Map<string, string[]>();
	const report = assertJsonContract(result.stdout, (path) => {
		let fileLines = lines.get(path);
		if (!fileLines) {
			fileLines = splitLines(new TextDecoder('utf-8', { ignoreBOM: true }).decode(readFileSync(join(REPO_ROOT, path))));
			lines.set(path, fileLines);
		}
		return fileLines;
	});
	assert.deepEqual([...report.files.map((file) => file.path)].sort(), [...files].sort());
	assert.equal(report.summary.files, files.length);
	assert.equal(result.status, report.summary.errors > 0 ? 1 : 0);
});
