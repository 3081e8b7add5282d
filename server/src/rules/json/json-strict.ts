import { escapeControlCharacters } from '../../core/jsonIndex';
import { presentFiles } from '../../engine/parsedFile';
import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { pathAtOffset } from './_offsetPath';
import { subjectOf, withSubject } from '../shared/subject';

/**
 * The comment's text; a comment alone on its line takes the whole line with it, a comment after code takes the
 * spaces before it, so no blank line or trailing space is left.
 */
function commentRemoval(text: string, offset: number, length: number): { offset: number; length: number; content: string } {
	let start = offset;
	while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) {
		start--;
	}
	let end = offset + length;
	while (end < text.length && (text[end] === ' ' || text[end] === '\t')) {
		end++;
	}
	const aloneOnLine = (start === 0 || text[start - 1] === '\n') && (end === text.length || text[end] === '\r' || text[end] === '\n');
	if (aloneOnLine) {
		end += text.startsWith('\r\n', end) ? 2 : text[end] === '\n' ? 1 : 0;
		return { offset: start, length: end - start, content: '' };
	}
	// After code on the same line: keep what follows (a block comment may sit between tokens).
	const followedByCode = end < text.length && text[end] !== '\r' && text[end] !== '\n';
	return followedByCode ? { offset, length: end - offset, content: '' } : { offset: start, length: offset + length - start, content: '' };
}

/**
 * JSON that Microsoft's .NET tooling reads but strict parsers reject: trailing commas, comments and raw control
 * characters in strings. `paconn` (Python's `json`) and most CI scripts fail on them.
 */
export default defineRule({
	id: 'json-strict',
	severity: 'warning',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['JSON'], basis: 'should' },
	description: 'The file should be strict JSON, without trailing commas, comments or unescaped control characters.',
	fixable: true,
	files: ['swagger', 'apiProperties'],
	runsOnBrokenJson: true,
	check(context) {
		for (const [kind, file] of presentFiles(context.files)) {
			for (const problem of file.doc.syntax) {
				if (!problem.fatal) {
					// Where the problem sits, so the JSON pointer is useful and two problems in different places stay apart.
					const path = pathAtOffset(file.doc.root, problem.offset);
					context.report({
						file: kind,
						path,
						// Syntax messages name no place: the subject says which object the problem is in.
						message: withSubject(problem.message, subjectOf(kind === 'swagger' ? context.swagger : undefined, path)),
						range: file.doc.lines.rangeAt(problem.offset, problem.length),
						data: { syntaxCode: problem.code, offset: problem.offset },
					});
				}
			}
		}
	},
	fix({ finding, doc }) {
		// Found again in the current text by the offset reported, so a stale finding never edits the wrong text.
		const problem = doc.syntax.find((candidate) => candidate.offset === finding.data?.offset && candidate.code === finding.data?.syntaxCode);
		if (!problem) {
			return undefined;
		}
		const token = doc.text.slice(problem.offset, problem.offset + problem.length);
		switch (problem.code) {
			case 'trailing-comma':
				return token === ',' ? { title: 'Remove the trailing comma', edits: [{ offset: problem.offset, length: 1, content: '' }] } : undefined;
			case 'control-character-in-string':
				return token.startsWith('"') ? { title: 'Escape the control characters', edits: [{ offset: problem.offset, length: problem.length, content: escapeControlCharacters(token) }] } : undefined;
			case 'comment':
				return { title: 'Remove the comment', edits: [commentRemoval(doc.text, problem.offset, problem.length)] };
			default:
				return undefined;
		}
	},
});
