/**
 * `--format json`: a versioned contract other tools read. Change its shape only with a new `version`.
 *
 *     {"version":1,"files":[{"path","diagnostics":[{"ruleId","severity","message","range","jsonPointer"}]}],
 *      "summary":{"errors","warnings","information","hints","files"}}
 *
 * Ranges are 0-based LSP ranges (UTF-16 characters); `jsonPointer` is RFC 6901 (`""` is the whole file); paths are
 * relative to the working directory with `/` separators. Every checked file is listed, clean ones included. A
 * breaking-change finding (`diff`) adds `valuePath`, Microsoft's change validator's name for what changed; a field
 * added this way is not a change of shape. So is `updates`, present with `check --against` and `diff`: per connector,
 * whether Microsoft will class the update minor or major, and the changes that decide it.
 */
import type { Range } from '../core/lines';
import type { Severity } from '../engine/index';
import { displayPath, summarize, type CheckedFile, type CheckRun, type ReportedFile } from '../commands/check';
import { FileByFileReport, JsonListSplice } from './reportWriter';
import { toJsonPointer } from '../core/location';
import { describeUpdateChange, type UpdateChange, type UpdateKind } from '../core/updateKind';

export interface JsonDiagnostic {
	readonly ruleId: string;
	readonly severity: Severity;
	readonly message: string;
	readonly range: Range;
	readonly jsonPointer: string;
	readonly valuePath?: string;
}

export interface JsonUpdate {
	/** The connector folder (for `diff`, the new side as given). */
	readonly path: string;
	/** The git ref or old side it was compared with. */
	readonly against: string;
	readonly kind: UpdateKind;
	readonly reviewTime?: string;
	readonly changes: readonly { readonly file: UpdateChange['file']; readonly change: UpdateChange['change']; readonly jsonPointer: string; readonly minor: boolean; readonly description: string }[];
}

export interface JsonReport {
	readonly version: 1;
	readonly updates?: readonly JsonUpdate[];
	readonly files: readonly { readonly path: string; readonly diagnostics: readonly JsonDiagnostic[] }[];
	readonly summary: { readonly errors: number; readonly warnings: number; readonly information: number; readonly hints: number; readonly files: number };
}

/** One file's entry in `files`. */
function jsonFile(file: CheckedFile, cwd: string): JsonReport['files'][number] {
	return {
		path: displayPath(file.absolutePath, cwd, 'posix'),
		diagnostics: file.findings.map((finding) => ({
			ruleId: finding.ruleId,
			severity: finding.severity,
			message: finding.message,
			range: {
				start: { line: finding.range.start.line, character: finding.range.start.character },
				end: { line: finding.range.end.line, character: finding.range.end.character },
			},
			jsonPointer: finding.jsonPointer,
			...(typeof finding.data?.valuePath === 'string' ? { valuePath: finding.data.valuePath } : {}),
		})),
	};
}

export function toJsonUpdates(run: CheckRun<ReportedFile>, cwd: string): JsonUpdate[] {
	return (run.updates ?? []).map(({ absolutePath, against, update }) => ({
		path: displayPath(absolutePath, cwd, 'posix'),
		against,
		kind: update.kind,
		...(update.reviewTime !== undefined ? { reviewTime: update.reviewTime } : {}),
		changes: update.changes.map((change) => ({ file: change.file, change: change.change, jsonPointer: toJsonPointer(change.path), minor: change.minor, description: describeUpdateChange(change) })),
	}));
}

/** The report's `files`, as JSON.stringify indents them. */
const FILES = new JsonListSplice('files', 1);

/** `--format json`, written a file at a time (see ReportWriter). */
export class JsonReportWriter extends FileByFileReport {
	filePart(file: CheckedFile): Buffer | undefined {
		return FILES.encode([jsonFile(file, this.cwd)]);
	}

	report(run: CheckRun<ReportedFile>): Buffer[] {
		const summary = summarize(run.files);
		const report: JsonReport = {
			version: 1,
			files: [],
			summary: { errors: summary.error, warnings: summary.warning, information: summary.information, hints: summary.hint, files: summary.files },
			...(run.updates ? { updates: toJsonUpdates(run, this.cwd) } : {}),
		};
		return FILES.fill(JSON.stringify(report, null, 2) + '\n', this.parts(run));
	}
}
