/**
 * The language server entry point (`node dist/server.js --stdio`, or `--node-ipc` when VS Code starts it).
 *
 * The same bundle is also the checker thread: the main thread starts `new Worker(__filename)` and the worker lands
 * here with `isMainThread` false. Keeping both in one file keeps the build at three bundles (client, server, CLI).
 * Each side loads only its own half: a `require` here makes the bundler initialise a module when it is reached, so a
 * checker thread never initialises the protocol libraries and is ready sooner (first diagnostics ~30 ms earlier).
 */
import { isMainThread, workerData } from 'node:worker_threads';
import type * as LanguageServer from './lsp/languageServer';
import type * as CheckerThread from './lsp/checkerThread';
import { CHECKER_ROLE } from './lsp/workerProtocol';

if (isMainThread) {
	(require('./lsp/languageServer') as typeof LanguageServer).startLanguageServer(__filename);
} else if ((workerData as { role?: unknown } | null)?.role === CHECKER_ROLE) {
	(require('./lsp/checkerThread') as typeof CheckerThread).runCheckerThread();
}
