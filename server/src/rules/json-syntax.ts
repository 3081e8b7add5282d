import { FROM_VALIDATOR, defineRule } from '../engine/types';
import type { FileKind } from '../core/connector';

/** Fatal syntax errors: the file is not JSON at all, and nothing else is checked in it until they are fixed. */
export default defineRule({
	id: 'json-syntax',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	description: 'The file must be valid JSON.',
	fixable: false,
	files: ['swagger', 'apiProperties'],
	runsOnBrokenJson: true,
	check(context) {
		for (const kind of ['swagger', 'apiProperties'] as FileKind[]) {
			const file = context.files[kind];
			if (!file) {
				continue;
			}
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
