import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { isObject, valueAtPath } from '../../core/refs';
import { setValue } from '../../engine/edits';
import { withoutTrailingPunctuation } from '../../core/wording';
import { isAlphanumeric, lastChar } from '../../core/strings';

/** Certification: a title "can't end in a non-alphanumeric character, including carriage return, new line, or blank space" (CS). */
export default defineRule({
	id: 'info-title-end-alphanumeric',
	msCode: 'ValueMustEndWithAlphanumeric',
	severity: 'error',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['CS'], basis: 'validator-rejects' },
	description: 'The connector title must end with a letter or a digit.',
	fixable: true,
	reportsBeside: {
		'info-title-restricted-words': 'the last character, not the words',
	},
	files: ['swagger'],
	check(context) {
		const info = context.swagger!.root.info;
		const title = isObject(info) ? info.title : undefined;
		// An empty title is info-title-required's finding.
		if (typeof title !== 'string' || title.trim() === '' || isAlphanumeric(lastChar(title))) {
			return;
		}
		context.report({
			file: 'swagger',
			path: ['info', 'title'],
			message: "The 'title' value must end with alphanumeric character.",
			data: { last: lastChar(title) },
		});
	},
	fix({ finding, doc }) {
		const title = valueAtPath(doc.value, finding.path);
		const fixed = typeof title === 'string' ? withoutTrailingPunctuation(title) : '';
		return fixed === '' ? undefined : { title: `End the title with "${fixed}"`, edits: setValue(doc, finding.path, fixed) };
	},
});
