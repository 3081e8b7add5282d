/**
 * Output of `package --check`. Text: one `zip: entry: error id message [policy]` line per problem, then a summary.
 * JSON, a versioned contract (change its shape only with a new `version`):
 *
 *     {"version":1,"file":"dist/x.zip","layout":"partner-center","problems":[{"id","message","policy","entry"}]}
 *
 * `policy` and `entry` are null when the problem has none; `file` is relative to the working directory, with `/`.
 */
import type { PackageCheckResult } from './checkPackage';
import type { SubmissionLayout } from '../package/checkSubmission';
import { displayPath } from './check';

export interface PackageCheckJson {
	readonly version: 1;
	readonly file: string;
	readonly layout: SubmissionLayout;
	readonly problems: readonly { readonly id: string; readonly message: string; readonly policy: string | null; readonly entry: string | null }[];
}

const LAYOUT_NAMES: Record<SubmissionLayout, string> = {
	classic: ' as a classic connector zip',
	'partner-center': ' as a Partner Center package',
	unknown: '',
};

export function formatPackageCheck(result: PackageCheckResult, format: 'text' | 'json', cwd: string): string {
	if (format === 'json') {
		const report: PackageCheckJson = {
			version: 1,
			file: displayPath(result.file, cwd, 'posix'),
			layout: result.layout,
			problems: result.problems.map((problem) => ({ id: problem.id, message: problem.message, policy: problem.policy ?? null, entry: problem.entry ?? null })),
		};
		return JSON.stringify(report, null, 2) + '\n';
	}
	const shown = displayPath(result.file, cwd, 'native');
	const lines = result.problems.map((problem) => {
		// Messages are one line by convention; keep the output line-oriented even if one is not.
		const message = problem.message.replace(/\s*\r?\n\s*/g, ' ');
		return `${shown}: ${problem.entry ? `${problem.entry}: ` : ''}error ${problem.id} ${message}${problem.policy ? ` [${problem.policy}]` : ''}`;
	});
	const count = result.problems.length;
	if (lines.length) {
		lines.push('');
	}
	lines.push(`Checked ${shown}${LAYOUT_NAMES[result.layout]}: ${count === 0 ? 'no problems found' : `${count} problem${count === 1 ? '' : 's'}`}.`);
	return lines.join('\n') + '\n';
}
