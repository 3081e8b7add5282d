import { presentFiles } from '../../engine/parsedFile';
import { FROM_VALIDATOR, defineRule } from '../../engine/types';

/** Fatal syntax errors: the file is not JSON at all, and nothing else is checked in it until they are fixed. */
export default defineRule({
	id: 'json-syntax',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['JSON'], basis: 'platform-rejects' },
	description: 'The file must be valid JSON.',
	fixable: false,
	files: ['swagger', 'apiProperties'],
	runsOnBrokenJson: true,
	check(context) {
		for (const [kind, file] of presentFiles(context.files)) {
			for (const problem of file.doc.syntax) {
				if (problem.fatal) {
					context.report({
						file: kind,
						path: [],
						message: problem.message,
						range: file.doc.lines.rangeAt(problem.offset, problem.length),
						data: { syntaxCode: problem.code },
					});
				}
			}
		}
	},
});
