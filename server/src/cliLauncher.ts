/**
 * The `connector-certify` command (`dist/cli.js`): compiles the CLI (`dist/cli.main.js`, cli.ts) with V8's code cache
 * (host/codeCache.ts) and runs it. A `check` gets its first check thread started before all that
 * (host/earlyCheckThread.ts), held; once the CLI's bundle is compiled and its cache saved, the launcher sets the V8
 * flags the threads check under (host/checkFlags.ts) and releases the thread, which compiles its own bundle under
 * them.
 *
 * Set before the threads compile, the flags are those of the threads' code cache, which can then be saved once a
 * thread has checked a connector and compiled the rules' code (checkThreadLauncher.ts): V8 turns down a cache made
 * under other flags than it is read under, and the threads used to set the flags at their first connector, so their
 * cache was saved before it, without the rules. Set after the CLI's bundle is compiled, and after Node has started
 * the early thread: both then compile under the flags Node's own cache and the CLI's were made under.
 */
import { join } from 'node:path';
import { codeCacheDirectory, compileBundle } from './host/codeCache';
import { setCheckThreadFlags } from './host/checkFlags';
import { releaseEarlyCheckThread, startEarlyCheckThread } from './host/earlyCheckThread';

const check = process.argv[2] === 'check';
if (check) {
	try {
		startEarlyCheckThread(join(__dirname, 'checkThread.js'));
	} catch {
		// The run starts its threads itself, and says what stops them.
	}
}

let bundle;
try {
	bundle = compileBundle(join(__dirname, 'cli.main.js'), { cacheDirectory: codeCacheDirectory(), filename: __filename, dirname: __dirname });
} catch (error) {
	process.stderr.write(`connector-certify: cannot load the CLI: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}\n`);
	process.exit(2);
}
bundle.saveCodeCache();
if (check) {
	setCheckThreadFlags();
	releaseEarlyCheckThread();
}
bundle.run();
