/**
 * What `check` does between the arguments and the formatter: find the connectors the arguments name, read and
 * check each once, and keep the findings of the files to report. Reads only; nothing is written anywhere.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { FILE_KINDS, fileKindOf, isJsonFileKind, type FileKind } from '../core/connector';
import { check, updateOf, type EngineConfig, type Finding, type Severity } from '../engine/index';
import type { UpdateClassification } from '../core/updateKind';
import { previousFromGit } from '../host/git';
import { connectorInFolder, findConnectorFolders, loadConnector, type ConnectorOnDisk } from '../host/nodeConnector';
import { RULES } from '../rules/index';

/** Input the CLI cannot check (missing path, no connector, unreadable file): one line each, exit code 2. */
export class InputError extends Error {}

/**
 * A finding as a check run reports it: what the text, JSON and SARIF formats print. The rest of a finding (its path
 * as an array, related places, fix data, the docs link, which the formats take from the rule) stays behind: a check
 * thread sends each connector's findings back by copy, and the run holds every connector's findings until it prints
 * them, so over the dev corpus this is 4.1 MB to copy instead of 7.5 MB.
 */
export interface ReportedFinding {
	readonly ruleId: string;
	readonly severity: Finding['severity'];
	readonly message: string;
	readonly file: FileKind;
	readonly jsonPointer: string;
	readonly range: Finding['range'];
	/** Only a breaking change's `valuePath` (Microsoft's change validator's name for what changed). */
	readonly data?: { readonly valuePath: string };
}

/** The part of a finding a check run keeps. */
export function reportedFinding(finding: Finding): ReportedFinding {
	const { ruleId, severity, message, file, jsonPointer, range } = finding;
	const valuePath = finding.data?.valuePath;
	return typeof valuePath === 'string' ? { ruleId, severity, message, file, jsonPointer, range, data: { valuePath } } : { ruleId, severity, message, file, jsonPointer, range };
}

export interface CheckedFile {
	readonly absolutePath: string;
	readonly kind: FileKind;
	/** Lines in the file as checked (after BOM removal), for consumers that validate ranges. */
	readonly lineCount: number;
	readonly findings: readonly ReportedFinding[];
	/** With `--baseline`: the findings the baseline version already had, left out of `findings`. */
	readonly unchanged?: readonly ReportedFinding[];
}

/**
 * A checked file whose part of the report a CLI check thread has already written, in the run's format (see
 * cli/reportWriter.ts): the main thread gets its bytes and how many findings of each severity it has, not the findings.
 * Sent as findings, every finding of the run was copied to the main thread, kept there until the report was written,
 * then encoded on that thread while the check threads wanted its core: over the dev corpus, 130 ms of the main
 * thread's time during the checks (55 of them collecting garbage) against 29 ms this way.
 */
export interface WrittenFile {
	readonly absolutePath: string;
	readonly kind: FileKind;
	readonly lineCount: number;
	/** How many of its findings (not those `--baseline` left out) have each severity. */
	readonly counts: SeverityCounts;
	/** Its part of the report, in UTF-8; undefined when it has none. */
	readonly part: Uint8Array | undefined;
}

/** A file of a check run's report: with its findings, or with its part of the report written already. */
export type ReportedFile = CheckedFile | WrittenFile;

export interface CheckRun<File extends ReportedFile = CheckedFile> {
	readonly files: readonly File[];
	readonly connectors: number;
	/** One-line messages about input that could not be read or checked completely (exit code 2). */
	readonly problems: readonly string[];
	/** One-line remarks that change no exit code (a connector `--against` or `--baseline` could not compare). */
	readonly notes?: readonly string[];
	/** The git ref findings were compared with (`--baseline`): only new ones are in `findings`. */
	readonly baseline?: string;
	/** With `--against` and in `diff`: each compared connector's update, minor or major (see core/updateKind). */
	readonly updates?: readonly ConnectorUpdate[];
}

export interface ConnectorUpdate {
	/** The connector's folder (for `diff`, the new side as given). */
	readonly absolutePath: string;
	/** What it was compared with: a git ref, or the old side of `diff`. */
	readonly against: string;
	readonly update: UpdateClassification;
}

/**
 * What identifies a finding across versions of a file: its rule, file, message (which names its subject: the
 * operation, the parameter) and JSON pointer without array indexes (a parameter added above shifts the others).
 */
function baselineKey(finding: Finding): string {
	return [finding.file, finding.ruleId, finding.message, finding.jsonPointer.replace(/\/\d+(?=\/|$)/g, '/*')].join('\u0000');
}

/** Splits findings into those the baseline did not have (new) and those it had, one for one. */
export function splitByBaseline(findings: readonly Finding[], baseline: readonly Finding[]): { fresh: Finding[]; unchanged: Finding[] } {
	const counts = new Map<string, number>();
	for (const finding of baseline) {
		counts.set(baselineKey(finding), (counts.get(baselineKey(finding)) ?? 0) + 1);
	}
	const fresh: Finding[] = [];
	const unchanged: Finding[] = [];
	for (const finding of findings) {
		const key = baselineKey(finding);
		const left = counts.get(key) ?? 0;
		if (left > 0) {
			counts.set(key, left - 1);
			unchanged.push(finding);
		} else {
			fresh.push(finding);
		}
	}
	return { fresh, unchanged };
}

export type SeverityCounts = Readonly<Record<Severity, number>>;

export type Summary = SeverityCounts & { readonly files: number };

export { FILE_KINDS };

/** A path as the user should see it: relative to the working directory when that is shorter. */
export function displayPath(absolutePath: string, cwd: string, separator: 'native' | 'posix'): string {
	const relative = path.relative(cwd, absolutePath) || '.';
	const shown = path.isAbsolute(relative) ? absolutePath : relative;
	return separator === 'posix' ? shown.split(path.sep).join('/') : shown;
}

/** A file system error as a short reason ("the path does not exist"), for one-line messages. */
export function describeFsError(error: unknown): string {
	const code = (error as NodeJS.ErrnoException).code;
	switch (code) {
		case 'ENOENT':
			return 'the path does not exist';
		case 'EACCES':
		case 'EPERM':
			return 'permission denied';
		case 'ENOTDIR':
			return 'a part of the path is not a folder';
		case 'ELOOP':
			return 'too many levels of symbolic links';
		default:
			return code ? `${code}: ${(error as Error).message}` : String((error as Error).message ?? error);
	}
}

/** The reason part of a host "unreadable" message, without the absolute path it starts with. */
function unreadableReason(file: string, message: string): string {
	const reason = message.startsWith(`${file}: `) ? message.slice(file.length + 2) : message;
	const code = /^([A-Z][A-Z0-9_]+): /.exec(reason)?.[1];
	return code ? describeFsError(Object.assign(new Error(reason.slice(code.length + 2)), { code })) : reason;
}

export interface Target {
	connector: ConnectorOnDisk;
	/** The file kinds whose findings are reported. */
	report: Set<FileKind>;
}

export async function resolveTargets(args: readonly string[], cwd: string): Promise<Target[]> {
	const targets = new Map<string, Target>();
	const add = (connector: ConnectorOnDisk, kinds: readonly FileKind[]) => {
		const existing = targets.get(connector.folder);
		if (existing) {
			kinds.forEach((kind) => existing.report.add(kind));
		} else {
			targets.set(connector.folder, { connector, report: new Set(kinds) });
		}
	};
	for (const arg of args) {
		const absolute = path.resolve(cwd, arg);
		let stat;
		try {
			stat = await fs.stat(absolute);
		} catch (error) {
			throw new InputError(`cannot check "${arg}": ${describeFsError(error)}.`);
		}
		if (stat.isDirectory()) {
			let found: ConnectorOnDisk[];
			try {
				found = await findConnectorFolders(absolute);
			} catch (error) {
				const where = (error as NodeJS.ErrnoException).path;
				throw new InputError(`cannot search "${where ? displayPath(where, cwd, 'native') : arg}": ${describeFsError(error)}.`);
			}
			if (!found.length) {
				throw new InputError(`no connector found in "${arg}" (looked for apiProperties.json and apiDefinition.swagger.json in it and its subfolders).`);
			}
			found.forEach((connector) => add(connector, FILE_KINDS));
		} else if (stat.isFile()) {
			const kind = fileKindOf(path.basename(absolute));
			if (!kind) {
				throw new InputError(`cannot check "${arg}": not a connector file (expected apiDefinition.swagger.json, *.swagger.json or apiProperties.json).`);
			}
			const folder = path.dirname(absolute);
			let connector: ConnectorOnDisk | undefined;
			try {
				connector = await connectorInFolder(folder);
			} catch (error) {
				throw new InputError(`cannot read the folder of "${arg}": ${describeFsError(error)}.`);
			}
			// The named file is the one checked, even when the folder's own choice of definition differs.
			add({ folder, paths: { ...connector?.paths, [kind]: absolute } }, [kind]);
		} else {
			throw new InputError(`cannot check "${arg}": not a file or folder.`);
		}
	}
	return [...targets.values()];
}

/** The options of a check run that a connector's check depends on. */
export interface CheckOptions {
	readonly cwd: string;
	readonly quiet: boolean;
	readonly against?: string;
	readonly baseline?: string;
}

/** What one connector's check adds to the run. */
export interface TargetResult<File extends ReportedFile = CheckedFile> {
	readonly files: File[];
	readonly problems: string[];
	readonly notes: string[];
	readonly updates: ConnectorUpdate[];
}

/** Checks one connector (the work a worker thread does for one target of a parallel run). */
export async function checkTarget({ connector, report }: Target, config: EngineConfig, options: CheckOptions): Promise<TargetResult> {
	const files: CheckedFile[] = [];
	const problems: string[] = [];
	const notes: string[] = [];
	const updates: ConnectorUpdate[] = [];
	let loaded = await loadConnector(connector);
	if (options.against !== undefined) {
		// The version at the ref is the previous one: the breaking-change rules compare with it.
		const script = connector.paths.script ?? path.join(connector.folder, 'script.csx');
		const previous = await previousFromGit({ swagger: connector.paths.swagger, apiProperties: connector.paths.apiProperties, script }, options.against);
		if (previous.kind === 'found') {
			loaded = { ...loaded, input: { ...loaded.input, previous: previous.files } };
			const update = updateOf(previous.files, previous.script, loaded.input, connector.paths.script ? loaded.input.artifacts?.script?.text : null);
			if (update) {
				updates.push({ absolutePath: connector.folder, against: options.against, update });
			}
		} else {
			notes.push(`no breaking-change check of "${displayPath(connector.folder, options.cwd, 'native')}" against ${options.against}: ${previous.reason}.`);
		}
	}
	for (const kind of FILE_KINDS) {
		const reason = loaded.unreadable[kind];
		const file = connector.paths[kind];
		if (reason && file && report.has(kind)) {
			problems.push(`cannot read "${displayPath(file, options.cwd, 'native')}": ${unreadableReason(file, reason)}.`);
		}
	}
	// The baseline: the same connector at the ref, checked the same way; what it already had is not new.
	let baseline: ReturnType<typeof check> | undefined;
	if (options.baseline !== undefined) {
		const old = await previousFromGit({ swagger: connector.paths.swagger, apiProperties: connector.paths.apiProperties }, options.baseline);
		if (old.kind === 'found') {
			baseline = check(RULES, { ...loaded.input, swagger: old.files.swagger, apiProperties: old.files.apiProperties, previous: undefined }, config);
		} else {
			notes.push(`no baseline for "${displayPath(connector.folder, options.cwd, 'native')}" at ${options.baseline}: ${old.reason}; every finding is reported.`);
		}
	}
	const result = check(RULES, loaded.input, config, {
		onRuleError: (ruleId, error) => {
			const message = error instanceof Error ? error.message : String(error);
			problems.push(`internal error: rule ${ruleId} failed on "${displayPath(connector.folder, options.cwd, 'native')}": ${message.split('\n')[0]}`);
		},
	});
	for (const kind of FILE_KINDS) {
		const file = connector.paths[kind];
		const lineCount = isJsonFileKind(kind)
			? loaded.input[kind]?.doc.lines.lineCount
			: kind === 'icon'
				? loaded.input.artifacts?.icon && 1
				: loaded.input.artifacts?.[kind]?.lines.lineCount;
		if (lineCount === undefined || !file || !report.has(kind)) {
			continue;
		}
		const all = options.quiet ? result.findings[kind].filter((f) => f.severity === 'error') : result.findings[kind];
		if (baseline) {
			const { fresh, unchanged } = splitByBaseline(all, baseline.findings[kind]);
			files.push({ absolutePath: file, kind, lineCount, findings: fresh.map(reportedFinding), unchanged: unchanged.map(reportedFinding) });
		} else {
			files.push({ absolutePath: file, kind, lineCount, findings: all.map(reportedFinding) });
		}
	}
	return { files, problems, notes, updates };
}

/**
 * Checks the connectors one after the other, or spread over worker threads by `parallel` (the CLI's): the results
 * come back in the targets' order either way, so the output is the same. `onResult` sees each result as it arrives,
 * in whatever order the threads finish.
 */
export type ParallelCheck<File extends ReportedFile = ReportedFile> = (
	targets: readonly Target[],
	config: EngineConfig,
	options: CheckOptions,
	onResult?: (result: TargetResult<File>) => void,
) => Promise<TargetResult<File>[]>;

/**
 * Resolves the arguments and checks every connector they name. Throws `InputError` before checking anything when an
 * argument is unusable. `onResult` sees each connector's result as soon as it is in (the CLI formats it meanwhile).
 */
export async function runCheck<File extends ReportedFile = CheckedFile>(
	args: readonly string[],
	config: EngineConfig,
	options: CheckOptions & { parallel?: ParallelCheck<File>; onResult?: (result: TargetResult<CheckedFile | File>) => void },
): Promise<CheckRun<CheckedFile | File>> {
	const targets = await resolveTargets(args, options.cwd);
	const results: TargetResult<CheckedFile | File>[] = [];
	// One connector too: on a thread its check has its limits, and a definition that outgrows them gets a check-failed
	// finding instead of taking the whole process down (a thread costs about 0.1 s and 27 MB).
	if (options.parallel && targets.length > 0) {
		results.push(...(await options.parallel(targets, config, options, options.onResult)));
	} else {
		for (const target of targets) {
			const result = await checkTarget(target, config, options);
			options.onResult?.(result);
			results.push(result);
		}
	}
	return {
		files: results.flatMap((result) => result.files),
		connectors: targets.length,
		problems: results.flatMap((result) => result.problems),
		notes: results.flatMap((result) => result.notes),
		...(options.baseline !== undefined ? { baseline: options.baseline } : {}),
		...(options.against !== undefined ? { updates: results.flatMap((result) => result.updates) } : {}),
	};
}

/** How many of `findings` have each severity, added to `counts`. */
export function countBySeverity(findings: readonly { readonly severity: Severity }[], counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 }): Record<Severity, number> {
	for (const finding of findings) {
		counts[finding.severity]++;
	}
	return counts;
}

export function summarize(files: readonly ReportedFile[]): Summary {
	const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
	for (const file of files) {
		if ('counts' in file) {
			counts.error += file.counts.error;
			counts.warning += file.counts.warning;
			counts.information += file.counts.information;
			counts.hint += file.counts.hint;
		} else {
			countBySeverity(file.findings, counts);
		}
	}
	return { ...counts, files: files.length };
}
