import { rangeOfNode, type DuplicateKey, type JsonNode } from '../../core/json';
import { presentFiles } from '../../engine/parsedFile';
import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { subjectOf, withSubject } from '../shared/subject';

/**
 * The text of the ignored property: from its key to the start of the next property, so its comma goes with it and
 * the next property takes its place and indentation. An ignored copy always has a next property (the one used).
 */
function ignoredPropertyRange(duplicate: DuplicateKey): { offset: number; length: number } | undefined {
	const property = duplicate.ignored.parent;
	const siblings: readonly JsonNode[] = property?.parent?.children ?? [];
	const next = property ? siblings[siblings.indexOf(property) + 1] : undefined;
	return property && next ? { offset: property.offset, length: next.offset - property.offset } : undefined;
}

/**
 * A key repeated in one object: every JSON reader keeps only one of the values (the last, in .NET, Python and
 * JavaScript), so the other is silently lost — usually an edit that went to the wrong copy.
 */
export default defineRule({
	id: 'json-duplicate-key',
	severity: 'warning',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['JSON'], basis: 'should' },
	description: 'An object should not contain the same key twice.',
	fixable: true,
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
					message: withSubject(`The key "${duplicate.key}" appears more than once in this object; only the last value is used.`, subjectOf(kind === 'swagger' ? context.swagger : undefined, duplicate.objectPath)),
					data: { key: duplicate.key, offset: duplicate.ignored.parent?.offset },
					related: [{ file: kind, path, target: 'key', message: 'The value used is here.' }],
				});
			}
		}
	},
	fix({ finding, doc }) {
		// Found again in the current text by the offset reported, so a stale finding never deletes the wrong text.
		const duplicate = doc.duplicateKeys.find((candidate) => candidate.ignored.parent?.offset === finding.data?.offset);
		const removal = duplicate && ignoredPropertyRange(duplicate);
		if (!removal) {
			return undefined;
		}
		return { title: `Remove the ignored "${duplicate.key}" (the last one is used)`, edits: [{ ...removal, content: '' }] };
	},
});
