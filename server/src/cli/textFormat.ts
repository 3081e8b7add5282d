/** The default output: one `path:line:col severity rule-id message` line per finding (1-based), then a summary. */
import { displayPath, summarize, type CheckRun } from '../commands/check';

/** `1 error`, `2 errors`. */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
	return `${n} ${n === 1 ? singular : pluralForm}`;
}

export function formatText(run: CheckRun, cwd: string): string {
	const lines: string[] = [];
	for (const file of run.files) {
		const shown = displayPath(file.absolutePath, cwd, 'native');
		for (const finding of file.findings) {
			const { line, character } = finding.range.start;
			// Messages are one line by convention; keep the format line-oriented even if one is not.
			const message = finding.message.replace(/\s*\r?\n\s*/g, ' ');
			lines.push(`${shown}:${line + 1}:${character + 1} ${finding.severity} ${finding.ruleId} ${message}`);
		}
	}
	const summary = summarize(run.files);
	const where = `in ${plural(summary.files, 'file')} (${plural(run.connectors, 'connector')})`;
	const total = summary.error + summary.warning + summary.information + summary.hint;
	if (lines.length) {
		lines.push('');
	}
	lines.push(
		total === 0
			? `No problems found ${where}.`
			: `${plural(summary.error, 'error')}, ${plural(summary.warning, 'warning')}, ${summary.information} information, ${plural(summary.hint, 'hint')} ${where}.`,
	);
	return lines.join('\n') + '\n';
}
