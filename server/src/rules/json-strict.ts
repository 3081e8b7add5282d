import { presentFiles } from '../engine/parsedFile';
import { FROM_CERTIFICATION, defineRule } from '../engine/types';
import { pathAtOffset } from './_offsetPath';

/**
 * JSON that Microsoft's .NET tooling reads but strict parsers reject: trailing commas, comments and raw control
 * characters in strings. `paconn` (Python's `json`) and most CI scripts fail on them.
 */
export default defineRule({
	id: 'json-strict',
	severity: 'warning',
	profiles: FROM_CERTIFICATION,
	description: 'The file should be strict JSON, without trailing commas, comments or unescaped control characters.',
	fixable: false,
	files: ['swagger', 'apiProperties'],
	runsOnBrokenJson: true,
	check(context) {
		for (const [kind, file] of presentFiles(context.files)) {
			for (const problem of file.doc.syntax) {
				if (!problem.fatal) {
					context.report({
						file: kind,
						// Where the problem sits, so the JSON pointer is useful and two problems in different places stay apart.
						path: pathAtOffset(file.doc.root, problem.offset),
						message: problem.message,
						range: file.doc.lines.rangeAt(problem.offset, problem.length),
						data: { syntaxCode: problem.code },
					});
				}
			}
		}
	},
});
