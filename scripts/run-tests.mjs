// Runs the test files under the given folders (default: test) with node's test runner, TypeScript loaded through tsx.
//
// Why shards: starting a TypeScript loader and transpiling the engine costs about a second per process, and Node 20's
// runner gives every file its own process, one at a time on a 2-core machine: 340 files took 5 minutes that way. Here
// the files are split into a few shard modules, each importing its share of the files, so each process pays the start
// once; the shards run side by side. The files that drive a language server or the CLI over stdio spend their time
// waiting on another process, so they are dealt out first, evenly, and the rest fill in after them.
//
// test/corpus, which reads ../shared/corpus, runs only when named (`npm run test:corpus`); test/e2e and test/vscode
// have their own commands. `--shards N` overrides the shard count.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const shardFlag = args.indexOf('--shards');
const requestedShards = shardFlag >= 0 ? Number(args.splice(shardFlag, 2)[1]) : undefined;
const roots = args.length ? args : ['test'];

const files = [];
const walk = (dir) => {
	for (const name of readdirSync(dir).sort()) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) {
			if (name !== 'fixtures' && name !== 'e2e' && name !== 'vscode' && (name !== 'corpus' || roots.includes(path))) walk(path);
		} else if (name.endsWith('.test.ts')) {
			files.push(path);
		}
	}
};
for (const root of roots) {
	statSync(root).isDirectory() ? walk(root) : files.push(root);
}

// The corpus suite reads the real connectors beside the repository; without them every test there would fail on the
// same missing folder, so say it once.
const corpus = resolve('..', 'shared', 'corpus');
if (files.some((file) => /(^|[\\/])corpus[\\/]/.test(file)) && !existsSync(corpus)) {
	console.error(`test/corpus needs the shared corpus at ${corpus}: check out the shared folder (spec/ and corpus/) beside this repository. \`npm test\` does not need it.`);
	process.exit(1);
}

const waitsOnProcesses = (file) => /(^|[\\/])(lsp|cli)[-.]/.test(file);
const shardCount = Math.max(1, Math.min(files.length, requestedShards ?? Math.max(2, availableParallelism())));
const shards = Array.from({ length: shardCount }, () => []);
[...files.filter(waitsOnProcesses), ...files.filter((file) => !waitsOnProcesses(file))].forEach((file, index) => shards[index % shardCount].push(file));

const dir = resolve('node_modules', '.cache', 'connector-certify-tests');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const shardFiles = shards.map((list, index) => {
	const file = join(dir, `shard-${index + 1}-of-${shardCount}.mjs`);
	writeFileSync(file, list.map((test) => `import ${JSON.stringify(pathToFileURL(resolve(test)).href)};\n`).join(''));
	return file;
});

const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', `--test-concurrency=${shardCount}`, '--test-reporter=spec', ...shardFiles], { stdio: 'inherit' });
process.exit(result.status ?? 1);
