/**
 * A CLI check thread's code (see commands/checkWorkers.ts): its own bundle, `dist/checkThread.main.js`, holding only
 * the engine and `checkTarget`, which the thread's launcher (checkThreadLauncher.ts) compiles and starts. The CLI's
 * bundle also holds the arguments, the formats and the other commands (scaffolding, packaging, the MCP probe), which a
 * thread never runs but would compile all the same: each thread compiled 2.3 MB before its first check, against
 * 1.6 MB now.
 */
export { runCheckWorker } from './commands/checkWorkers';
