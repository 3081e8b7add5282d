/**
 * What a CLI check thread starts from (`dist/checkThread.js`): compiles the thread's code (`dist/checkThread.main.js`,
 * checkThread.ts) with V8's code cache (host/codeCache.ts), runs it, saves the cache, and only then, when the first
 * connector arrives, sets the thread's V8 flags (see cli.ts) and starts checking.
 *
 * The order is what makes the cache pay. V8 turns down a code cache made under other flags, Node's own included: the
 * built-in modules the bundle loads as it runs (zlib, stream, util…) came from Node's cache only while the flags were
 * still Node's, and set first, the flags cost each thread 8-10 ms to its first reply. Saving before the first check
 * leaves the rules' code out of the cache, but the cache could not be saved later: the flags would have changed.
 *
 * V8's flags are the whole process's. The first thread starts before the CLI's own bundle is compiled (see
 * host/earlyCheckThread.ts), and set as soon as the thread was ready, the flags could change under the CLI's cache
 * being made, which is then not saved (it would be named for other flags than it holds): a first run left no CLI cache
 * now and then. The first connector comes from the CLI once it runs, after its cache is saved.
 */
import { join } from 'node:path';
import type * as CheckThread from './checkThread';
import { codeCacheDirectory, compileBundle } from './host/codeCache';
import { scavengeOnOwnThread } from './host/scavenge';
import { optimizeOnlyWhatStaysHot } from './host/tiering';

const bundle = compileBundle(join(__dirname, 'checkThread.main.js'), { cacheDirectory: codeCacheDirectory(), filename: __filename, dirname: __dirname });
const thread = bundle.run() as typeof CheckThread;
bundle.saveCodeCache();
thread.runCheckThread(() => {
	optimizeOnlyWhatStaysHot();
	scavengeOnOwnThread();
});
