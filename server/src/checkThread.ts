/**
 * A CLI check thread (see commands/checkWorkers.ts): its own bundle, `dist/checkThread.js`, holding only the engine
 * and `checkTarget`. The CLI's bundle also holds the arguments, the formats and the other commands (scaffolding,
 * packaging, the MCP probe), which a thread never runs but would compile all the same: each thread compiled 2.3 MB
 * before its first check, against 1.6 MB now.
 */
import { runCheckWorker } from './commands/checkWorkers';
import { scavengeOnOwnThread } from './host/scavenge';
import { optimizeOnlyWhatStaysHot } from './host/tiering';

// Started, so V8's flags can change (see cli.ts); before the first check.
optimizeOnlyWhatStaysHot();
scavengeOnOwnThread();
runCheckWorker();
