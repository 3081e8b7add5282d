/**
 * Loads one of the CLI's bundles with V8's compiled code from an earlier run, the way Node 22's module compile cache
 * does for ordinary modules (and tsc with it), on every Node the CLI supports. Compiling the CLI's bundle (1.5 MB,
 * 20 ms without the cache) is most of what `connector-certify --version` does besides starting Node, and each check
 * thread compiles its own (1.2 MB, 17 ms). With the cache (alternating runs, medians, when the bundles were 2.3 and
 * 1.6 MB): `--version` 118 → 93 ms, a check thread's first reply 53-57 → 38-49 ms, the 80 dev connectors 1025 → 988
 * ms; a first run, which writes the cache, 1024 ms.
 *
 * The cache is a file per bundle and per V8 version and flags (`cachedDataVersionTag`, which V8 checks a cache against)
 * in a folder only this user may write to: `NODE_COMPILE_CACHE` when set (Node's own variable for its compile cache),
 * else `connector-certify-code-cache-<uid>` in the temporary folder. `NODE_DISABLE_COMPILE_CACHE=1` turns it off, as
 * it does Node's. A file holds a copy of the source it was made from, compared byte for byte: V8 checks the source's
 * length, not its text, and a rebuilt bundle of the same length must not run the old one's code. (A SHA-256 of the
 * source instead would load node:crypto and hash megabytes: 5-6 ms of every run, against 1-2 ms to read the copy.)
 * Anything wrong with the cache (missing, stale, unreadable, turned down by V8) only means compiling as usual; nothing
 * about it is ever reported.
 */
import { existsSync, lstatSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { cachedDataVersionTag } from 'node:v8';
import { Script } from 'node:vm';
import { threadId } from 'node:worker_threads';

/** What became of the cache when the bundle was loaded. */
export type CodeCacheState = 'used' | 'missing' | 'stale' | 'rejected' | 'off';

export interface CompiledBundle {
	readonly cache: CodeCacheState;
	/** Runs the bundle as a CommonJS module; returns its `module.exports`. */
	run(): unknown;
	/**
	 * Writes the code V8 has compiled for the bundle so far, for the next run: once, and only when this run could not
	 * use the cache and no one has written one since it looked. Never throws. V8 compiles most functions at their
	 * first call, so the later, the more the next run is spared; but a cache is only made while V8's flags are those
	 * the bundle was compiled under (another flag set since would make V8 turn it down), so call it before the program
	 * changes them. The bundles it has loaded from beside it (see bundleRequire) save theirs with it, and those it
	 * loads later as they are loaded.
	 */
	saveCodeCache(): void;
}

export interface CompileOptions {
	/** The folder of the cache files; undefined: no cache. */
	readonly cacheDirectory: string | undefined;
	/** What the bundle sees as `__filename` and `__dirname`: the launcher's, so paths it builds from them stay the same. */
	readonly filename: string;
	readonly dirname: string;
}

/** The first line of a cache file; the source and V8's data follow. */
const HEADER = Buffer.from('connector-certify code cache 2\n');

/** The cache folder the environment asks for (see the comment at the top). */
export function codeCacheDirectory(env: NodeJS.ProcessEnv = process.env): string | undefined {
	if (env.NODE_DISABLE_COMPILE_CACHE) {
		return undefined;
	}
	if (env.NODE_COMPILE_CACHE) {
		return env.NODE_COMPILE_CACHE;
	}
	const uid = process.getuid?.();
	return join(tmpdir(), uid === undefined ? 'connector-certify-code-cache' : `connector-certify-code-cache-${uid}`);
}

/** Compiles the CommonJS bundle at `bundle`, with V8's code cache when there is a usable one. */
export function compileBundle(bundle: string, options: CompileOptions): CompiledBundle {
	const bytes = readFileSync(bundle);
	const flags = cachedDataVersionTag();
	const file = options.cacheDirectory !== undefined && ownedFolder(options.cacheDirectory) ? join(options.cacheDirectory, cacheFileName(bundle, flags)) : undefined;
	const cached = file === undefined ? undefined : readCache(file, bytes);
	const wrapper = `(function (exports, require, module, __filename, __dirname) {${bytes.toString('utf8')}\n})`;
	const script = new Script(wrapper, { filename: bundle, ...(cached?.data ? { cachedData: cached.data } : {}) });
	const cache: CodeCacheState = file === undefined ? 'off' : cached?.data ? (script.cachedDataRejected ? 'rejected' : 'used') : (cached?.state ?? 'missing');
	let saved = cache === 'used' || cache === 'off';
	let asked = false;
	const beside: CompiledBundle[] = [];
	return {
		cache,
		run: () => {
			const module = { exports: {} as unknown };
			const require = bundleRequire(bundle, options.cacheDirectory, (loaded) => {
				beside.push(loaded);
				if (asked) {
					loaded.saveCodeCache();
				}
			});
			(script.runInThisContext() as (...args: unknown[]) => void)(module.exports, require, module, options.filename, options.dirname);
			return module.exports;
		},
		saveCodeCache: () => {
			asked = true;
			beside.forEach((loaded) => loaded.saveCodeCache());
			if (saved || file === undefined) {
				return;
			}
			saved = true;
			// Found missing and there now: another thread of the run (or another run) made it meanwhile, under the same
			// flags. A first check over many connectors saved one per thread, 7-13 ms of each after its first connector.
			if (cache === 'missing' && existsSync(file)) {
				return;
			}
			writeCache(file, bytes, script, flags);
		},
	};
}

/**
 * The `require` a bundle runs with: Node's, but for a bundle beside it (`./name.js`: the modules esbuild.mjs builds
 * into files of their own, which a bundle loads when it first needs them), compiled with the code cache as well and
 * run once; `onLoad` gets each once it has run, so that its cache is saved with its parent's, or at once when the
 * parent's has been. Were Node to load them, the code Ajv's compiler ran in each thread that met an invalid document
 * would be compiled again on every run.
 */
function bundleRequire(bundle: string, cacheDirectory: string | undefined, onLoad: (loaded: CompiledBundle) => void): NodeJS.Require {
	const nodeRequire = createRequire(bundle);
	const loaded = new Map<string, unknown>();
	const require = (id: string): unknown => {
		if (!BESIDE.test(id)) {
			return nodeRequire(id);
		}
		if (!loaded.has(id)) {
			const file = join(dirname(bundle), id);
			const compiled = compileBundle(file, { cacheDirectory, filename: file, dirname: dirname(file) });
			loaded.set(id, compiled.run());
			onLoad(compiled);
		}
		return loaded.get(id);
	};
	return Object.assign(require, nodeRequire);
}

const BESIDE = /^\.\/[\w-]+\.js$/;

/** One file per bundle (by path) and V8 (version and flags), so runs of two installs or two Nodes do not overwrite each other's. */
function cacheFileName(bundle: string, flags: number): string {
	const place = fnv1a(bundle).toString(16).padStart(8, '0');
	return `${basename(bundle, '.js')}-${place}-${flags.toString(16)}-${process.arch}.cache`;
}

/** FNV-1a over a path's UTF-16 code units: two paths may share a file name, and then only overwrite each other's cache. */
function fnv1a(text: string): number {
	let hash = 0x811c9dc5;
	for (let index = 0; index < text.length; index++) {
		hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193) >>> 0;
	}
	return hash;
}

/**
 * Makes the folder if needed and says whether it is safe to load code from: a folder (not a link) of this user's that
 * no one else may write to. In a shared temporary folder, another user could otherwise plant the code this one runs.
 */
function ownedFolder(folder: string): boolean {
	try {
		mkdirSync(folder, { recursive: true, mode: 0o700 });
		const stats = lstatSync(folder);
		const uid = process.getuid?.();
		return stats.isDirectory() && (uid === undefined || (stats.uid === uid && (stats.mode & 0o022) === 0));
	} catch {
		return false;
	}
}

/** The V8 data of the cache file, when it was made from this source; else whether it is missing or stale. */
function readCache(file: string, source: Buffer): { data?: Buffer; state?: 'missing' | 'stale' } {
	let bytes: Buffer;
	try {
		bytes = readFileSync(file);
	} catch {
		return { state: 'missing' };
	}
	const dataStart = HEADER.length + source.length;
	const fromSource = bytes.length > dataStart && bytes.subarray(0, HEADER.length).equals(HEADER) && bytes.subarray(HEADER.length, dataStart).equals(source);
	return fromSource ? { data: bytes.subarray(dataStart) } : { state: 'stale' };
}

/**
 * Written beside the file and renamed over it, so a run reading it meanwhile (another thread, another run) reads a
 * whole one. Not written when V8's flags changed before the data was made or while it was (another thread may set
 * them): V8 puts the flags of that moment in the data, and the file is named for the flags the bundle compiled under.
 */
function writeCache(file: string, source: Buffer, script: Script, flags: number): void {
	const temporary = `${file}.${process.pid}.${threadId}.tmp`;
	try {
		if (cachedDataVersionTag() !== flags) {
			return;
		}
		const data = script.createCachedData();
		if (cachedDataVersionTag() !== flags) {
			return;
		}
		writeFileSync(temporary, Buffer.concat([HEADER, source, data]), { mode: 0o600 });
		renameSync(temporary, file);
	} catch {
		try {
			rmSync(temporary, { force: true });
		} catch {
			// Nothing more to do: the run goes on without a cache.
		}
	}
}
