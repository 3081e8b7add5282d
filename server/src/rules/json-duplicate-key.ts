import { presentFiles } from '../engine/parsedFile';
import { FROM_CERTIFICATION, defineRule } from '../engine/types';
import { rangeOfNode } from '../core/json';

/**
 * A key repeated in one object: every JSON reader keeps only one of the values (the last, in .NET, Python and
 * JavaScript), so the other is silently lost — usually an edit that went to the wrong copy.
 */
export default defineRule({
	id: 'json-duplicate-key',
	severity: 'warning',
	profiles: FROM_CERTIFICATION,
	description: 'An object should not contain the same key twice.',
	fixable: false,
	files: ['swagger', 'apiProperties'],
	runsOnBrokenJson: true,
	check(context) {
		for (const [kind, file] of presentFiles(context.files)) {
			for (const duplicate of file.doc.duplicateKeys) {
				const path = [...duplicate.objectPath, duplicate.key];
				context.report({
					file: kind,
					path,
					// The squiggle goes on the copy that is ignored: that is the one to delete or merge.
					range: rangeOfNode(file.doc, duplicate.ignored),
					message: `The key "${duplicate.key}" appears more than once in this object; only the last value is used.`,
					data: { key: duplicate.key },
					related: [{ file: kind, path, target: 'key', message: 'The value used is here.' }],
				});
			}
		}
	},
});
