/**
 * `connector-certify fix`: applies every available quick fix to the connectors the arguments name (the same edits as
 * the editor's fix-all), writes each changed file atomically, then reports what is left. `--dry-run` writes nothing.
 */
import { JSON_FILE_KINDS } from '../core/connector';
import { check, parseText, type EngineConfig } from '../engine/index';
import { fixAll } from '../engine/fixes';
import { writeFileAtomic } from '../host/atomicWrite';
import { loadConnector } from '../host/nodeConnector';
import { displayPath, resolveTargets } from '../commands/check';
import { RULES } from '../rules/index';

export interface FixedFile {
	readonly absolutePath: string;
	readonly fixed: number;
	readonly byRule: Readonly<Record<string, number>>;
}

export interface FixRun {
	readonly files: readonly FixedFile[];
	/** Errors left after fixing, in the files named (what `check` would report). */
	readonly remainingErrors: number;
	readonly connectors: number;
	/** Files that could not be written: one line each. */
	readonly problems: readonly string[];
}

export async function runFix(args: readonly string[], config: EngineConfig, options: { cwd: string; dryRun: boolean }): Promise<FixRun> {
	const targets = await resolveTargets(args, options.cwd);
	const files: FixedFile[] = [];
	const problems: string[] = [];
	let remainingErrors = 0;
	for (const { connector, report } of targets) {
		const loaded = await loadConnector(connector);
		let input = loaded.input;
		for (const kind of JSON_FILE_KINDS) {
			const file = connector.paths[kind];
			const parsed = input[kind];
			if (!file || !parsed || !report.has(kind)) {
				continue;
			}
			const result = fixAll(RULES, input, kind, config);
			if (result.fixed === 0) {
				continue;
			}
			files.push({ absolutePath: file, fixed: result.fixed, byRule: result.byRule });
			// The next file's fixes see this one's (cross-file rules read both).
			input = { ...input, [kind]: { ...parseText(result.text), hadBom: parsed.hadBom } };
			if (!options.dryRun) {
				try {
					await writeFileAtomic(file, (parsed.hadBom ? '\uFEFF' : '') + result.text);
				} catch (error) {
					problems.push(`cannot write "${displayPath(file, options.cwd, 'native')}": ${(error as Error).message.split('\n')[0]}.`);
				}
			}
		}
		const after = check(RULES, input, config);
		for (const kind of JSON_FILE_KINDS) {
			if (report.has(kind)) {
				remainingErrors += after.findings[kind].filter((finding) => finding.severity === 'error').length;
			}
		}
	}
	return { files, remainingErrors, connectors: targets.length, problems };
}

export function formatFixRun(run: FixRun, cwd: string, dryRun: boolean): string {
	const lines = run.files.map((file) => {
		const rules = Object.entries(file.byRule)
			.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
			.map(([id, count]) => `${id} ${count}`)
			.join(', ');
		return `${displayPath(file.absolutePath, cwd, 'native')}: ${dryRun ? 'would fix' : 'fixed'} ${file.fixed} problem${file.fixed === 1 ? '' : 's'} (${rules})`;
	});
	const total = run.files.reduce((sum, file) => sum + file.fixed, 0);
	const connectors = `${run.connectors} connector${run.connectors === 1 ? '' : 's'}`;
	lines.push(
		'',
		total === 0
			? `Nothing to fix in ${connectors}.`
			: `${dryRun ? 'Would fix' : 'Fixed'} ${total} problem${total === 1 ? '' : 's'} in ${run.files.length} file${run.files.length === 1 ? '' : 's'} (${connectors}).`,
		run.remainingErrors === 0 ? 'No errors remain.' : `${run.remainingErrors} error${run.remainingErrors === 1 ? '' : 's'} remain${run.remainingErrors === 1 ? 's' : ''} that need an author's decision: run connector-certify check to see them.`,
	);
	return `${lines.join('\n')}\n`;
}

