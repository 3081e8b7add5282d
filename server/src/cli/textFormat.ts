/** The default output: one `path:line:col severity rule-id message` line per finding (1-based), then a summary. */
import { displayPath, summarize, type CheckedFile, type CheckRun, type ConnectorUpdate, type ReportedFile } from '../commands/check';
import { FileByFileReport } from './reportWriter';
import { describeUpdateChange } from '../core/updateKind';

/** How many of the changes that make an update major are listed; the count says how many more there are. */
const LISTED_CHANGES = 5;

/** The update's kind in a line or a few: what Microsoft will call it, its review time, and why when it is major. */
export function formatUpdate(entry: ConnectorUpdate, label: string): string[] {
	const { update } = entry;
	const head = `Update ${label}:`;
	switch (update.kind) {
		case 'new':
			return [`${head} none; the connector is not in ${entry.against}, so this is a new certification, not an update.`];
		case 'unchanged':
			return [`${head} no change to the definition files.`];
		case 'minor':
			return [`${head} minor (Microsoft's review: about ${update.reviewTime}); every change is on Microsoft's minor-update list (${plural(update.changes.length, 'change')}).`];
		case 'major': {
			const major = update.changes.filter((change) => !change.minor);
			const lines = [`${head} major (Microsoft's review: about ${update.reviewTime}); ${plural(major.length, 'change is', 'changes are')} outside Microsoft's minor-update list:`];
			for (const change of major.slice(0, LISTED_CHANGES)) {
				lines.push(`  ${describeUpdateChange(change)}`);
			}
			if (major.length > LISTED_CHANGES) {
				lines.push(`  and ${major.length - LISTED_CHANGES} more`);
			}
			return lines;
		}
	}
}

/** `1 error`, `2 errors`. */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
	return `${n} ${n === 1 ? singular : pluralForm}`;
}

/** `file`'s lines, each with its line break, in UTF-8; undefined when it has no finding. */
function fileLines(file: CheckedFile, cwd: string): Buffer | undefined {
	if (file.findings.length === 0) {
		return undefined;
	}
	const shown = displayPath(file.absolutePath, cwd, 'native');
	let text = '';
	for (const finding of file.findings) {
		const { line, character } = finding.range.start;
		// Messages are one line by convention; keep the format line-oriented even if one is not.
		const message = finding.message.replace(/\s*\r?\n\s*/g, ' ');
		text += `${shown}:${line + 1}:${character + 1} ${finding.severity} ${finding.ruleId} ${message}\n`;
	}
	return Buffer.from(text);
}

/** The default format, written a file at a time (see ReportWriter). */
export class TextReportWriter extends FileByFileReport {
	filePart(file: CheckedFile): Buffer | undefined {
		return fileLines(file, this.cwd);
	}

	report(run: CheckRun<ReportedFile>): Buffer[] {
		const files = this.parts(run).filter((lines): lines is Buffer => lines !== undefined);
		const summary = summarize(run.files);
		const where = `in ${plural(summary.files, 'file')} (${plural(run.connectors, 'connector')})`;
		const total = summary.error + summary.warning + summary.information + summary.hint;
		// A blank line between the findings and what sums them up.
		const end: string[] = files.length > 0 ? [''] : [];
		for (const entry of run.updates ?? []) {
			const label = run.connectors > 1 ? `of ${displayPath(entry.absolutePath, this.cwd, 'native')} against ${entry.against}` : `against ${entry.against}`;
			end.push(...formatUpdate(entry, label));
		}
		end.push(
			total === 0
				? `No problems found ${where}.`
				: `${plural(summary.error, 'error')}, ${plural(summary.warning, 'warning')}, ${summary.information} information, ${plural(summary.hint, 'hint')} ${where}.`,
		);
		return [...files, Buffer.from(end.join('\n') + '\n')];
	}
}

/** The default format's whole report, as text. */
export function formatText(run: CheckRun, cwd: string): string {
	return Buffer.concat(new TextReportWriter(cwd).report(run)).toString('utf8');
}
