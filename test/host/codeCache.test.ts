// V8's code cache for the CLI's bundles (host/codeCache.ts): made once, used after, never for other code than the
// bundle's own; a folder others may write to, a broken or stale file, or no folder at all only means compiling as
// usual. The last block runs the built CLI, whose check threads must keep V8's flags as the cache was made under.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { codeCacheDirectory, compileBundle } from '../../server/src/host/codeCache';
import { optimizeOnlyWhatStaysHot } from '../../server/src/host/tiering';
import { CLI, REPO_ROOT } from '../helpers/cli';

let root: string;
before(() => {
	root = mkdtempSync(join(tmpdir(), 'connector-certify-code-cache-test-'));
});
after(() => rmSync(root, { recursive: true, force: true }));

/** A folder of its own under the test's root, with a bundle in it. */
function place(name: string, source: string): { bundle: string; cacheDirectory: string } {
	const folder = join(root, name);
	mkdirSync(folder);
	const bundle = join(folder, 'bundle.js');
	writeFileSync(bundle, source);
	return { bundle, cacheDirectory: join(folder, 'cache') };
}

const BUNDLE = `const helper = require('./helper.js');
function answer() { return helper.base + 40; }
module.exports = { answer: answer(), filename: __filename, dirname: __dirname };
`;

/** Compiled in this process: V8 compiles a source it has seen from memory, so only a new cache or none shows here. */
function compile(bundle: string, cacheDirectory: string | undefined) {
	return compileBundle(bundle, { cacheDirectory, filename: '/launcher/cli.js', dirname: '/launcher' });
}

const COMPILE = join(__dirname, '..', 'fixtures', 'codeCache', 'compile.ts');

/** Compiled, run and saved in a new process (the fixture): what became of the cache, and the bundle's exports. */
function compileInNewProcess(bundle: string, cacheDirectory: string): { cache: string; exports: unknown } {
	const result = spawnSync(process.execPath, ['--import', 'tsx', COMPILE, bundle, cacheDirectory], { encoding: 'utf8', timeout: 60_000 });
	assert.equal(result.status, 0, result.stderr);
	return JSON.parse(result.stdout) as { cache: string; exports: unknown };
}

function cacheFiles(folder: string): string[] {
	return readdirSync(folder);
}

describe('a bundle compiled with the code cache', () => {
	test('runs as a CommonJS module: its exports, the launcher\'s __filename and __dirname, require beside the bundle', () => {
		const { bundle, cacheDirectory } = place('module', BUNDLE);
		writeFileSync(join(root, 'module', 'helper.js'), 'exports.base = 2;');
		const compiled = compile(bundle, cacheDirectory);
		assert.deepEqual(compiled.run(), { answer: 42, filename: '/launcher/cli.js', dirname: '/launcher' });
	});

	test('the first run finds no cache and saves one; the next run uses it and saves nothing', () => {
		const { bundle, cacheDirectory } = place('first', BUNDLE);
		writeFileSync(join(root, 'first', 'helper.js'), 'exports.base = 2;');
		const exports = { answer: 42, filename: '/launcher/cli.js', dirname: '/launcher' };
		assert.deepEqual(compileInNewProcess(bundle, cacheDirectory), { cache: 'missing', exports });
		const [file, helperFile] = cacheFiles(cacheDirectory).sort();
		assert.match(file, /^bundle-[0-9a-f]{8}-[0-9a-f]+-\w+\.cache$/);
		assert.match(helperFile, /^helper-[0-9a-f]{8}-[0-9a-f]+-\w+\.cache$/, 'the bundle it required from beside it has its own');
		const written = statSync(join(cacheDirectory, file));
		if (process.platform !== 'win32') {
			assert.equal(written.mode & 0o777, 0o600);
			assert.equal(statSync(cacheDirectory).mode & 0o777, 0o700);
		}
		assert.ok(readFileSync(join(cacheDirectory, file), 'latin1').startsWith(`connector-certify code cache 2\n${readFileSync(bundle, 'latin1')}`), 'the source it was made from follows the first line');

		const helperWritten = statSync(join(cacheDirectory, helperFile));
		assert.deepEqual(compileInNewProcess(bundle, cacheDirectory), { cache: 'used', exports });
		assert.deepEqual(cacheFiles(cacheDirectory).sort(), [file, helperFile]);
		assert.equal(statSync(join(cacheDirectory, file)).mtimeMs, written.mtimeMs, 'not written again');
		assert.equal(statSync(join(cacheDirectory, helperFile)).mtimeMs, helperWritten.mtimeMs, 'the helper\'s not written again');
	});

	test('a bundle it requires from beside it (./name.js) runs once and is cached with it; anything else is Node\'s require', () => {
		const { bundle, cacheDirectory } = place('beside', `const first = require('./counted.js');
const again = require('./counted.js');
module.exports = { same: first === again, runs: globalThis.countedRuns, path: require('node:path').basename(__filename), nested: require('./sub/plain.js').value };
`);
		writeFileSync(join(root, 'beside', 'counted.js'), 'globalThis.countedRuns = (globalThis.countedRuns ?? 0) + 1; module.exports = {};');
		mkdirSync(join(root, 'beside', 'sub'));
		writeFileSync(join(root, 'beside', 'sub', 'plain.js'), 'exports.value = 7;');
		const compiled = compile(bundle, cacheDirectory);
		assert.deepEqual(compiled.run(), { same: true, runs: 1, path: 'cli.js', nested: 7 });
		assert.deepEqual(cacheFiles(cacheDirectory), [], 'nothing saved before it is asked');
		compiled.saveCodeCache();
		assert.deepEqual(cacheFiles(cacheDirectory).map((file) => file.split('-')[0]).sort(), ['bundle', 'counted']);
	});

	test('a bundle beside it that it loads once its own cache is saved is saved as it loads', () => {
		const { bundle, cacheDirectory } = place('late', "module.exports = () => require('./late.js').value;");
		writeFileSync(join(root, 'late', 'late.js'), 'exports.value = 8;');
		const compiled = compile(bundle, cacheDirectory);
		const load = compiled.run() as () => number;
		compiled.saveCodeCache();
		assert.deepEqual(cacheFiles(cacheDirectory).map((file) => file.split('-')[0]), ['bundle']);
		assert.equal(load(), 8);
		assert.deepEqual(cacheFiles(cacheDirectory).map((file) => file.split('-')[0]).sort(), ['bundle', 'late']);
	});

	test('saves once, however often it is asked', () => {
		const { bundle, cacheDirectory } = place('once', 'module.exports = 1;');
		const compiled = compile(bundle, cacheDirectory);
		compiled.run();
		compiled.saveCodeCache();
		const [file] = cacheFiles(cacheDirectory);
		rmSync(join(cacheDirectory, file));
		compiled.saveCodeCache();
		assert.deepEqual(cacheFiles(cacheDirectory), []);
	});

	test('a cache that was missing and has been made meanwhile (by another thread) is kept, not written again', () => {
		const { bundle, cacheDirectory } = place('meanwhile', 'module.exports = 5;');
		const first = compile(bundle, cacheDirectory);
		const second = compile(bundle, cacheDirectory);
		assert.deepEqual([first.cache, second.cache], ['missing', 'missing']);
		first.run();
		first.saveCodeCache();
		const [file] = cacheFiles(cacheDirectory);
		// Written again, the file would be a new one renamed over it (see writeCache), with another inode.
		const { ino } = statSync(join(cacheDirectory, file));
		second.run();
		second.saveCodeCache();
		assert.deepEqual(cacheFiles(cacheDirectory), [file]);
		assert.equal(statSync(join(cacheDirectory, file)).ino, ino, 'written again');
		assert.equal(compile(bundle, cacheDirectory).cache, 'used');
	});

	test('a rebuilt bundle of the same length never runs the old code: the cache is stale and made again', () => {
		const { bundle, cacheDirectory } = place('rebuilt', 'module.exports = { value: 1 };');
		assert.deepEqual(compileInNewProcess(bundle, cacheDirectory), { cache: 'missing', exports: { value: 1 } });
		writeFileSync(bundle, 'module.exports = { value: 2 };');
		assert.deepEqual(compileInNewProcess(bundle, cacheDirectory), { cache: 'stale', exports: { value: 2 } });
		assert.deepEqual(compileInNewProcess(bundle, cacheDirectory), { cache: 'used', exports: { value: 2 } });
	});

	test('a cache file V8 cannot use is turned down, the bundle still runs, and the file is made again', () => {
		const { bundle, cacheDirectory } = place('broken', 'module.exports = { value: 3 };');
		compileInNewProcess(bundle, cacheDirectory);
		const [file] = cacheFiles(cacheDirectory);
		const bytes = readFileSync(join(cacheDirectory, file));
		const headerEnd = bytes.indexOf(0x0a) + 1 + statSync(bundle).size;
		writeFileSync(join(cacheDirectory, file), Buffer.concat([bytes.subarray(0, headerEnd), Buffer.alloc(64, 0x5a)]));
		assert.deepEqual(compileInNewProcess(bundle, cacheDirectory), { cache: 'rejected', exports: { value: 3 } });
		assert.deepEqual(compileInNewProcess(bundle, cacheDirectory), { cache: 'used', exports: { value: 3 } });
	});

	test('an empty or truncated cache file is stale', () => {
		const { bundle, cacheDirectory } = place('truncated', 'module.exports = 3;');
		compile(bundle, cacheDirectory).saveCodeCache();
		const [file] = cacheFiles(cacheDirectory);
		writeFileSync(join(cacheDirectory, file), 'connector-certify code cache 2\nmodule.exports = 3;');
		assert.equal(compile(bundle, cacheDirectory).cache, 'stale');
		writeFileSync(join(cacheDirectory, file), 'connector-certify code cache 2\nmodule.exp');
		assert.equal(compile(bundle, cacheDirectory).cache, 'stale');
		writeFileSync(join(cacheDirectory, file), '');
		assert.equal(compile(bundle, cacheDirectory).cache, 'stale');
	});

	test('no cache folder: compiled as usual, nothing written', () => {
		const { bundle } = place('off', 'module.exports = 4;');
		const compiled = compile(bundle, undefined);
		assert.equal(compiled.cache, 'off');
		assert.equal(compiled.run(), 4);
		compiled.saveCodeCache();
		assert.deepEqual(cacheFiles(join(root, 'off')), ['bundle.js']);
	});

	test('a cache folder that cannot be made is no cache', () => {
		const { bundle } = place('blocked', 'module.exports = 5;');
		writeFileSync(join(root, 'blocked', 'not-a-folder'), '');
		const compiled = compile(bundle, join(root, 'blocked', 'not-a-folder', 'cache'));
		assert.equal(compiled.cache, 'off');
		assert.equal(compiled.run(), 5);
		compiled.saveCodeCache();
	});

	test('a cache folder others may write to, or a link, is not used: someone else could plant the code it runs', { skip: process.platform === 'win32' && 'POSIX permissions' }, () => {
		const { bundle, cacheDirectory } = place('shared', 'module.exports = 6;');
		mkdirSync(cacheDirectory);
		chmodSync(cacheDirectory, 0o777);
		const shared = compile(bundle, cacheDirectory);
		assert.equal(shared.cache, 'off');
		shared.saveCodeCache();
		assert.deepEqual(cacheFiles(cacheDirectory), []);

		const owned = join(root, 'shared', 'owned');
		mkdirSync(owned, { mode: 0o700 });
		const link = join(root, 'shared', 'link');
		symlinkSync(owned, link);
		const linked = compile(bundle, link);
		assert.equal(linked.cache, 'off');
		linked.saveCodeCache();
		assert.deepEqual(cacheFiles(owned), []);
	});
});

describe('where the cache goes', () => {
	test("NODE_DISABLE_COMPILE_CACHE turns it off and NODE_COMPILE_CACHE moves it, as they do Node's own", () => {
		assert.equal(codeCacheDirectory({ NODE_DISABLE_COMPILE_CACHE: '1', NODE_COMPILE_CACHE: '/x' }), undefined);
		assert.equal(codeCacheDirectory({ NODE_COMPILE_CACHE: '/x' }), '/x');
	});

	test('by default, a folder of this user\'s in the temporary folder', () => {
		const uid = process.getuid?.();
		assert.equal(codeCacheDirectory({}), join(tmpdir(), uid === undefined ? 'connector-certify-code-cache' : `connector-certify-code-cache-${uid}`));
	});
});

describe('the built CLI', () => {
	const CLEAN = join(REPO_ROOT, 'test', 'fixtures', 'cli', 'clean-connector');
	const run = (cache: string, env: NodeJS.ProcessEnv = {}) => {
		const result = spawnSync(process.execPath, [CLI, 'check', 'a', 'b', '--format', 'json'], { cwd: join(root, 'connectors'), encoding: 'utf8', timeout: 60_000, env: { ...process.env, NODE_DISABLE_COMPILE_CACHE: '', NODE_COMPILE_CACHE: cache, ...env } });
		assert.equal(result.status, 0, result.stderr);
		assert.equal(result.stderr, '');
		return result.stdout;
	};
	const mtimes = (folder: string) => Object.fromEntries(cacheFiles(folder).map((file) => [file, statSync(join(folder, file)).mtimeMs]));

	test("caches its own bundle and its check threads', then uses both as made: same output, nothing written again", () => {
		cpSync(CLEAN, join(root, 'connectors', 'a'), { recursive: true });
		cpSync(CLEAN, join(root, 'connectors', 'b'), { recursive: true });
		const cache = join(root, 'cli-cache');
		const first = run(cache);
		const made = mtimes(cache);
		// Files are named <bundle>-<path hash>-<V8 flags tag>-<arch>.cache. The CLI's bundle compiles under Node's flags,
		// the threads' under the flags the CLI sets before it releases the first and starts the others: one file each,
		// and nothing else (no temporary file).
		const files = Object.keys(made);
		const cliFiles = files.filter((file) => file.startsWith('cli.main-'));
		const threadFiles = files.filter((file) => file.startsWith('checkThread.main-'));
		assert.equal(cliFiles.length, 1, files.join(', '));
		assert.equal(threadFiles.length, 1, files.join(', '));
		assert.equal(files.length, 2, files.join(', '));
		const nodeFlags = Number(spawnSync(process.execPath, ['-p', "require('node:v8').cachedDataVersionTag()"], { encoding: 'utf8' }).stdout).toString(16);
		assert.equal(cliFiles[0].split('-')[2], nodeFlags, files.join(', '));
		if (optimizeOnlyWhatStaysHot(process.versions.v8, () => {})) {
			assert.notEqual(threadFiles[0].split('-')[2], nodeFlags, files.join(', '));
		}
		// A file is made again only when V8 turns it down, as it would one made under other flags than it is read under.
		assert.equal(run(cache), first);
		const again = mtimes(cache);
		for (const [file, mtime] of Object.entries(made)) {
			assert.equal(again[file], mtime, `${file} was written again`);
		}
	});

	test('caches the Swagger explainer, which it loads from beside its bundles, once a thread needs it', () => {
		const invalid = join(root, 'invalid', 'c');
		cpSync(CLEAN, invalid, { recursive: true });
		const swaggerFile = join(invalid, 'apiDefinition.swagger.json');
		const swagger = JSON.parse(readFileSync(swaggerFile, 'utf8')) as { info: Record<string, unknown> };
		swagger.info.version = 3;
		writeFileSync(swaggerFile, JSON.stringify(swagger, null, 2));
		const cache = join(root, 'explainer-cache');
		const check = () => {
			const result = spawnSync(process.execPath, [CLI, 'check', 'c', '--format', 'json'], { cwd: join(root, 'invalid'), encoding: 'utf8', timeout: 60_000, env: { ...process.env, NODE_DISABLE_COMPILE_CACHE: '', NODE_COMPILE_CACHE: cache } });
			assert.equal(result.status, 1, result.stderr);
			assert.match(result.stdout, /"ruleId": "json-type-incorrect"/);
			return result.stdout;
		};
		const first = check();
		const made = mtimes(cache);
		const files = Object.keys(made);
		const explainer = files.filter((file) => file.startsWith('swaggerSchemaExplainer-'));
		assert.equal(explainer.length, 1, files.join(', '));
		assert.equal(explainer[0].split('-')[2], files.find((file) => file.startsWith('checkThread.main-'))?.split('-')[2], 'made under the thread\'s flags');
		assert.equal(check(), first);
		assert.deepEqual(mtimes(cache), made, 'nothing written again');
	});

	test('without its bundle beside it, says so in one line and exits 2', () => {
		const alone = join(root, 'launcher-alone');
		mkdirSync(alone);
		cpSync(CLI, join(alone, 'cli.js'));
		const result = spawnSync(process.execPath, [join(alone, 'cli.js'), '--version'], { encoding: 'utf8', timeout: 60_000 });
		assert.equal(result.status, 2);
		assert.match(result.stderr, /^connector-certify: cannot load the CLI: ENOENT: no such file or directory, open '.*cli\.main\.js'\n$/);
	});

	test('NODE_DISABLE_COMPILE_CACHE=1: nothing written', () => {
		const cache = join(root, 'cli-no-cache');
		run(cache, { NODE_DISABLE_COMPILE_CACHE: '1' });
		assert.throws(() => readdirSync(cache), { code: 'ENOENT' });
	});
});
