/**
 * The `connector-certify` command (`dist/cli.js`): compiles the CLI (`dist/cli.main.js`, cli.ts) with V8's code cache
 * (host/codeCache.ts) and runs it. The cache is saved before the CLI runs, while V8's flags are still Node's defaults:
 * commands that check on this thread change them (host/tiering.ts). A `check` gets its first check thread started
 * before all that (host/earlyCheckThread.ts).
 */
import { join } from 'node:path';
import { codeCacheDirectory, compileBundle } from './host/codeCache';
import { startEarlyCheckThread } from './host/earlyCheckThread';

if (process.argv[2] === 'check') {
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
bundle.run();
