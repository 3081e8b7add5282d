// The bundles `npm run build` writes (esbuild.mjs): ASCII only, so V8 keeps each one's source one byte per character
// in every thread that loads it (a single character past Latin-1 doubles it), with the characters esbuild leaves as
// written in comments and regular expressions escaped; and those escapes still match what the characters did.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';

const DIST = join(__dirname, '..', 'dist');
const BUNDLES = ['extension.js', 'server.js', 'cli.js', 'cli.main.js', 'checkThread.js', 'checkThread.main.js'];

describe('the bundles', () => {
	for (const name of BUNDLES) {
		test(`${name} is ASCII`, () => {
			const file = join(DIST, name);
			assert.ok(existsSync(file), `dist/${name} is missing: run \`npm run build\` first`);
			const text = readFileSync(file, 'utf8');
			const at = text.search(/[^\x00-\x7f]/);
			assert.equal(at, -1, `a character past ASCII at ${at}: ${JSON.stringify(text.slice(at - 40, at + 10))}`);
		});
	}

	test('a rule whose pattern holds an escaped character finds what the character found (the CLI bundle)', () => {
		// op-description-sentence ends a sentence at an ideographic full stop (。) and reads a closing ’ as a quote.
		const folder = mkdtempSync(join(tmpdir(), 'connector-certify-bundles-'));
		try {
			const swagger = (description: string) => ({
				swagger: '2.0',
				info: { title: 'Bundles', version: '1.0', description: 'Checks the bundles.' },
				host: 'example.com',
				paths: { '/a': { get: { operationId: 'GetA', summary: 'Get A', description, responses: { '200': { description: 'OK' } } } } },
			});
			const ruleRun = (description: string) => {
				writeFileSync(join(folder, 'apiDefinition.swagger.json'), JSON.stringify(swagger(description), null, 2));
				const result = spawnSync(process.execPath, [join(DIST, 'cli.js'), 'check', folder, '--format', 'json', '--profile', 'strict'], { encoding: 'utf8' });
				const files = (JSON.parse(result.stdout) as { files: { diagnostics: { ruleId: string }[] }[] }).files;
				return files.flatMap((file) => file.diagnostics).filter((diagnostic) => diagnostic.ruleId === 'op-description-sentence').length;
			};
			assert.equal(ruleRun('Gets the A resource of the account'), 1, 'no full stop: reported');
			assert.equal(ruleRun('Gets the A resource of the account。'), 0, 'an ideographic full stop ends the sentence');
			assert.equal(ruleRun('Gets the ‘A’ resource of the ‘account.’'), 0, 'a full stop before a closing quote ends it');
		} finally {
			rmSync(folder, { recursive: true, force: true });
		}
	});
});

/** The source files a bundle of `entry` (under server/src) holds, as the build bundles them. */
async function bundledInputs(entry: string): Promise<string[]> {
	const { build } = await import('esbuild');
	const result = await build({
		entryPoints: [join(__dirname, '..', 'server', 'src', entry)],
		bundle: true,
		write: false,
		metafile: true,
		platform: 'node',
		format: 'cjs',
		mainFields: ['module', 'main'],
		logLevel: 'silent',
	});
	return Object.keys(result.metafile.inputs);
}

describe("the checker thread's code", () => {
	test('never loads the language server library, whose start cost every checker thread 20-30 ms', async () => {
		// The checker thread initialises only the modules checkerThread.ts reaches (server.ts requires it on its own):
		// the protocol's constants come from vscode-languageserver-types, the request handlers stay on the main thread.
		const inputs = await bundledInputs('lsp/checkerThread.ts');
		assert.ok(inputs.some((input) => input.startsWith('server/src/rules/')), 'the build reached the rules');
		assert.deepEqual(
			inputs.filter((input) => /node_modules\/(vscode-languageserver|vscode-languageserver-protocol|vscode-jsonrpc)\//.test(input)),
			[],
		);
	});
});

describe("the CLI's check threads' bundle", () => {
	test('holds the engine, the check and the report formats, not the rest of the CLI, which every thread would compile before its first check', async () => {
		const inputs = await bundledInputs('checkThread.ts');
		assert.ok(inputs.some((input) => input.startsWith('server/src/rules/')), 'the build reached the rules');
		// The threads write each file's part of the report (commands/check.ts's WrittenFile).
		assert.ok(inputs.includes('server/src/cli/reportFormat.ts'), 'the build reached the report formats');
		assert.deepEqual(
			inputs.filter(
				(input) =>
					(input.startsWith('server/src/cli') && !/^server\/src\/cli\/(reportFormat|reportWriter|jsonFormat|sarifFormat|textFormat)\.ts$/.test(input)) ||
					(input.startsWith('server/src/commands/') && !/\/(check|checkWorkers)\.ts$/.test(input)),
			),
			[],
		);
	});
});

describe("the CLI's launchers", () => {
	for (const launcher of ['cliLauncher.ts', 'checkThreadLauncher.ts']) {
		test(`${launcher} holds only the code cache and V8's settings: the code it starts is compiled from the cache`, async () => {
			const inputs = (await bundledInputs(launcher)).filter((input) => input.startsWith('server/src/'));
			assert.ok(inputs.includes('server/src/host/codeCache.ts'));
			assert.deepEqual(
				inputs.filter((input) => !/^server\/src\/(cliLauncher|checkThreadLauncher|host\/(checkFlags|codeCache|earlyCheckThread|heapCollector|scavenge|tiering))\.ts$/.test(input)),
				[],
			);
		});
	}
});
