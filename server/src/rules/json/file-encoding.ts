import { presentFiles } from '../../engine/parsedFile';
import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { pathAtOffset } from './_offsetPath';

/**
 * Bytes that are not UTF-8: readers replace them (U+FFFD, as the editor shows) or refuse the file, so the text that
 * reaches Microsoft is not the text the author wrote.
 */
export default defineRule({
	id: 'file-encoding',
	severity: 'warning',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['JSON'], basis: 'should' },
	description: 'The file should be valid UTF-8.',
	fixable: false,
	files: ['swagger', 'apiProperties'],
	runsOnBrokenJson: true,
	check(context) {
		for (const [kind, file] of presentFiles(context.files)) {
			if (file.invalidUtf8Offset === undefined) {
				continue;
			}
			const offset = file.invalidUtf8Offset;
			const position = file.doc.lines.positionAt(offset);
			context.report({
				file: kind,
				path: pathAtOffset(file.doc.root, offset),
				message: `The file is not valid UTF-8: the first invalid bytes are at line ${position.line + 1}, column ${position.character + 1} (shown as "\uFFFD"). Save the file as UTF-8.`,
				range: file.doc.lines.rangeAt(offset, 1),
				data: { offset },
			});
		}
	},
});
