/**
 * The language server entry point (`node dist/server.js --stdio`, or `--node-ipc` when VS Code starts it).
 *
 * The same bundle is also the checker thread: the main thread starts `new Worker(__filename)` and the worker lands
 * here with `isMainThread` false. Keeping both in one file keeps the build at three bundles (client, server, CLI).
 */
import { isMainThread, workerData } from 'node:worker_threads';
import { runCheckerThread } from './lsp/checkerThread';
import { startLanguageServer } from './lsp/languageServer';
import { CHECKER_ROLE } from './lsp/workerProtocol';

if (isMainThread) {
	startLanguageServer(__filename);
} else if ((workerData as { role?: unknown } | null)?.role === CHECKER_ROLE) {
	runCheckerThread();
}
