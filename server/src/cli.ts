/**
 * `connector-certify`: the rule engine on the command line, for CI. A thin layer: arguments → connectors on disk →
 * `check` → a formatter. Exit codes: 0 no errors, 1 errors found, 2 usage error or unreadable input. Every failure
 * is one line on stderr (never a stack trace), and the process ends once its output is written (see exitOnceWritten).
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { version } from '../../package.json';
import { HELP, parseCommandLine, UsageError, type CheckLimitsGiven, type Command } from './cli/args';
import { isIndependentPublisherPath } from './core/connector';
import { formatRules } from './cli/rulesFormat';
import { formatFixRun, runFix } from './cli/fix';
import { formatPackageCheck } from './commands/packageCheckFormat';
import { runPackageCheck } from './commands/checkPackage';
import { runNew } from './commands/newConnector';
import { runPackage } from './commands/package';
import { runScaffold } from './commands/scaffold';
import { InputError, runCheck, summarize, type CheckRun, type ParallelCheck, type ReportedFile, type TargetResult } from './commands/check';
import { checkInWorkers, DEFAULT_CHECK_LIMITS } from './commands/checkWorkers';
import { runDiff } from './commands/diff';
import { McpProbeError, runMcpProbe } from './commands/mcpProbe';
import { formatMcpProbe, mcpProbeHasProblems } from './commands/mcpProbeFormat';
import { formatText, plural } from './cli/textFormat';
import { reportWriter, type ReportSpec } from './cli/reportFormat';
import { setCheckThreadFlags } from './host/checkFlags';
import { optimizeOnlyWhatStaysHot } from './host/tiering';

const NAME = 'connector-certify';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_TROUBLE = 2;

function oneLine(error: unknown): string {
	const message = error instanceof Error ? error.message : String(error);
	return message.split('\n')[0] || 'unknown error';
}

function fail(message: string): void {
	process.stderr.write(`${NAME}: ${message}\n`);
	process.exitCode = EXIT_TROUBLE;
}

/**
 * Connectors are checked on worker threads, one per core (at most four: each holds a copy of the engine), each within
 * its limits, each writing its files' parts of the `report`; only from the built bundle, beside which the build writes
 * the threads' own (checkThread.ts).
 */
function parallelCheck(limits: CheckLimitsGiven | undefined, report: ReportSpec): ParallelCheck | undefined {
	const threads = Math.min(availableParallelism(), 4);
	return __filename.endsWith('.js') ? checkInWorkers(join(__dirname, 'checkThread.js'), threads, { ...DEFAULT_CHECK_LIMITS, ...limits }, report) : undefined;
}

/** How a `check` or `diff` writes its report. */
function reportSpec(command: Extract<Command, { kind: 'check' | 'diff' }>): ReportSpec {
	return { format: command.format, cwd: process.cwd(), version, baseline: command.kind === 'check' && command.baseline !== undefined };
}

async function main(argv: readonly string[]): Promise<number> {
	let command;
	try {
		command = parseCommandLine(argv);
	} catch (error) {
		if (error instanceof UsageError) {
			process.stderr.write(`${NAME}: ${error.message.replace(/\.$/, '')} (see ${NAME} --help).\n`);
			return EXIT_TROUBLE;
		}
		throw error;
	}
	const parallel = command.kind === 'check' ? parallelCheck(command.limits, reportSpec(command)) : undefined;
	// Before any check thread starts (host/checkFlags.ts). The other commands check here, on this thread, whose bundle
	// was compiled and cached under Node's flags.
	if (parallel) {
		setCheckThreadFlags();
	} else {
		optimizeOnlyWhatStaysHot();
	}
	switch (command.kind) {
		case 'help':
			process.stdout.write(HELP + '\n');
			return EXIT_OK;
		case 'version':
			process.stdout.write(version + '\n');
			return EXIT_OK;
		case 'rules':
			process.stdout.write(formatRules(command.format));
			return EXIT_OK;
		case 'fix': {
			const cwd = process.cwd();
			let run;
			try {
				run = await runFix(command.targets, command.config, { cwd, dryRun: command.dryRun });
			} catch (error) {
				if (error instanceof InputError) {
					process.stderr.write(`${NAME}: ${error.message}\n`);
					return EXIT_TROUBLE;
				}
				throw error;
			}
			process.stdout.write(formatFixRun(run, cwd, command.dryRun));
			for (const problem of run.problems) {
				process.stderr.write(`${NAME}: ${problem}\n`);
			}
			return run.problems.length ? EXIT_TROUBLE : run.remainingErrors > 0 ? EXIT_FINDINGS : EXIT_OK;
		}
		case 'intro':
		case 'readme': {
			const name = command.kind === 'intro' ? 'intro.md' : 'readme.md';
			try {
				const result = await runScaffold(name, command.target, command.force, process.cwd());
				if (!result.written) {
					process.stderr.write(`${NAME}: ${result.file} already exists; it was left as it is (use --force to replace it).\n`);
					return EXIT_FINDINGS;
				}
				process.stdout.write(`Wrote ${result.file}.\n`);
				return EXIT_OK;
			} catch (error) {
				process.stderr.write(`${NAME}: ${error instanceof InputError ? error.message : `could not write ${name}: ${oneLine(error)}`}\n`);
				return EXIT_TROUBLE;
			}
		}
		case 'new': {
			try {
				const result = await runNew(command.target, command.auth, process.cwd(), command.connectorKind);
				const next = isIndependentPublisherPath(result.folder) ? 'Independent Publisher connectors have no icon; run' : 'Add icon.png (230x230, opaque, matching iconBrandColor), then run';
				process.stdout.write(`Created ${result.folder}: ${result.files.join(', ')}.\n${next}: ${NAME} check ${command.target}\n`);
				return EXIT_OK;
			} catch (error) {
				process.stderr.write(`${NAME}: ${error instanceof InputError ? error.message : `could not create the connector: ${oneLine(error)}`}\n`);
				return EXIT_TROUBLE;
			}
		}
		case 'mcp-probe': {
			// The probe closes its connections, but a DNS lookup cannot be cancelled: the process ends a second after
			// the timeout at most, whatever is still pending (the report has been written by then).
			setTimeout(() => process.exit(), (command.timeoutSeconds + 1) * 1000).unref();
			let run;
			try {
				run = await runMcpProbe(command.target, { url: command.url, headers: command.headers, timeoutSeconds: command.timeoutSeconds, maxTools: command.maxTools, clientVersion: version }, process.cwd());
			} catch (error) {
				process.stderr.write(`${NAME}: ${error instanceof InputError || error instanceof McpProbeError ? error.message : `could not probe the MCP server: ${oneLine(error)}`}\n`);
				return EXIT_TROUBLE;
			}
			process.stdout.write(formatMcpProbe(run, command.format));
			return mcpProbeHasProblems(run) ? EXIT_FINDINGS : EXIT_OK;
		}
		case 'package-check': {
			const cwd = process.cwd();
			let result;
			try {
				result = await runPackageCheck(command.zip, cwd);
			} catch (error) {
				process.stderr.write(`${NAME}: ${error instanceof InputError ? error.message : `could not check the package: ${oneLine(error)}`}\n`);
				return EXIT_TROUBLE;
			}
			process.stdout.write(formatPackageCheck(result, command.format, cwd));
			return result.problems.length ? EXIT_FINDINGS : EXIT_OK;
		}
		case 'package': {
			const cwd = process.cwd();
			let run;
			try {
				run = await runPackage(command.target, command.output, command.config, cwd);
			} catch (error) {
				if (error instanceof InputError) {
					process.stderr.write(`${NAME}: ${error.message}\n`);
					return EXIT_TROUBLE;
				}
				process.stderr.write(`${NAME}: could not write the package: ${oneLine(error)}\n`);
				return EXIT_TROUBLE;
			}
			for (const problem of run.check.problems) {
				process.stderr.write(`${NAME}: ${problem}\n`);
			}
			if (run.check.problems.length) {
				return EXIT_TROUBLE;
			}
			const only = (severity: string) => ({ ...run.check, files: run.check.files.map((file) => ({ ...file, findings: file.findings.filter((f) => f.severity === severity) })) });
			if (run.errors > 0) {
				process.stdout.write(formatText(only('error'), cwd));
				process.stdout.write(`Not packaged: ${plural(run.errors, 'error')} must be fixed first. Nothing was written.\n`);
				return EXIT_FINDINGS;
			}
			if (!run.output) {
				process.stdout.write(`Not packaged: ${run.refusal}. Nothing was written.\n`);
				return EXIT_FINDINGS;
			}
			if (run.warnings > 0) {
				process.stdout.write(formatText(only('warning'), cwd));
			}
			process.stdout.write(`Wrote ${run.output.file} (${run.output.bytes} bytes): apiDefinition.swagger.json, apiProperties.json, icon.png.\nSHA-256 ${run.output.sha256}\n`);
			if (run.warnings > 0) {
				process.stdout.write(`Packaged with ${plural(run.warnings, 'warning')} (listed above): Microsoft lets them through, but reviewers may ask about them.\n`);
			}
			return EXIT_OK;
		}
		case 'diff':
		case 'check': {
			const cwd = process.cwd();
			let run: CheckRun<ReportedFile>;
			// The report is written a file at a time as the results come in, while the threads check the rest.
			const writer = reportWriter(reportSpec(command));
			const onResult = (result: TargetResult<ReportedFile>) => result.files.forEach((file) => writer.add(file));
			try {
				run =
					command.kind === 'diff'
						? await runDiff(command.old, command.new, command.config, { cwd })
						: await runCheck<ReportedFile>(command.targets, command.config, { cwd, quiet: command.quiet, against: command.against, baseline: command.baseline, parallel, onResult });
			} catch (error) {
				if (error instanceof InputError) {
					process.stderr.write(`${NAME}: ${error.message}\n`);
					return EXIT_TROUBLE;
				}
				throw error;
			}
			for (const piece of writer.report(run)) {
				process.stdout.write(piece);
			}
			for (const line of [...(run.notes ?? []), ...run.problems]) {
				process.stderr.write(`${NAME}: ${line}\n`);
			}
			if (run.problems.length) {
				return EXIT_TROUBLE;
			}
			// diff: a breaking change (an error or a warning) fails; check: errors only.
			const summary = summarize(run.files);
			return summary.error > 0 || (command.kind === 'diff' && summary.warning > 0) ? EXIT_FINDINGS : EXIT_OK;
		}
	}
}

// A closed pipe (`connector-certify check . | head`) is not an error worth a message.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
	if (error.code === 'EPIPE') {
		process.exit(process.exitCode ?? EXIT_OK);
	}
	fail(`cannot write the output: ${oneLine(error)}`);
});
process.on('uncaughtException', (error) => {
	fail(`internal error: ${oneLine(error)}`);
	process.exit(EXIT_TROUBLE);
});

/**
 * Ends the process once what it wrote has left it, with `process.exitCode`. Left to end when its event loop empties,
 * a check over many connectors first waited for its threads to be torn down, 20-40 ms after the last line of the
 * report. A write to a pipe may complete later on some systems, so the exit waits for each stream's earlier writes.
 */
function exitOnceWritten(): void {
	let pending = 2;
	const written = () => {
		if (--pending === 0) {
			process.exit();
		}
	};
	process.stdout.write('', written);
	process.stderr.write('', written);
}

main(process.argv.slice(2)).then(
	(code) => {
		process.exitCode = code;
		exitOnceWritten();
	},
	(error: unknown) => {
		const hint = error instanceof RangeError ? ' (the input may be too large or too deeply nested)' : '';
		fail(`internal error: ${oneLine(error)}${hint}`);
	},
);
