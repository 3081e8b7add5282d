/**
 * A CLI check thread's code (see commands/checkWorkers.ts): its own bundle, `dist/checkThread.main.js`, holding only
 * the engine, `checkTarget` and the report formats that write each checked file's part of the report, which the
 * thread's launcher (checkThreadLauncher.ts) compiles and starts. The CLI's bundle also holds the arguments and the
 * other commands (scaffolding, packaging, the MCP probe), which a thread never runs but would compile all the same:
 * each thread compiled 2.3 MB before its first check, against 1.6 MB then (1.2 MB since Ajv's compiler is a file of
 * its own, core/swaggerSchemaExplainer.ts).
 */
import { runCheckWorker } from './commands/checkWorkers';
import { reportWriter, type ReportSpec } from './cli/reportFormat';

/**
 * Checks the connectors the CLI sends, writing their files' parts of the report as the run's `ReportSpec` says;
 * `afterFirstCheck` runs once the first connector is checked, before its result is sent.
 */
export function runCheckThread(afterFirstCheck?: () => void): void {
	runCheckWorker((spec: ReportSpec) => {
		const writer = reportWriter(spec);
		return (file) => writer.filePart(file);
	}, afterFirstCheck);
}
