/**
 * What a CLI check thread starts from (`dist/checkThread.js`): compiles the thread's code (`dist/checkThread.main.js`,
 * checkThread.ts) with V8's code cache (host/codeCache.ts), runs it, and saves the cache once the first connector is
 * checked, before its result is sent. The early thread does all that once it is released (host/earlyCheckThread.ts).
 *
 * V8 compiles most functions at their first call, so a cache saved at the start held the bundle's top level and not
 * the rules, which each thread of each run compiled again. Saved after a check, it holds what that check ran. It can
 * be saved then because the CLI sets the threads' V8 flags before they compile (host/checkFlags.ts): a cache holds
 * the flags it was made under, and V8 turns it down under others. Saved before the result is sent, not after: the run
 * ends a thread once it has nothing left for it, which could leave a temporary file half written in the cache folder.
 * Only a run without a usable cache saves one.
 */
import { join } from 'node:path';
import type * as CheckThread from './checkThread';
import { codeCacheDirectory, compileBundle } from './host/codeCache';
import { whenReleased } from './host/earlyCheckThread';

whenReleased(() => {
	const bundle = compileBundle(join(__dirname, 'checkThread.main.js'), { cacheDirectory: codeCacheDirectory(), filename: __filename, dirname: __dirname });
	const thread = bundle.run() as typeof CheckThread;
	thread.runCheckThread(() => bundle.saveCodeCache());
});
