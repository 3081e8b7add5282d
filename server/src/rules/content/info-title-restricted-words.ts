import { setValue } from '../../engine/edits';
import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { withoutTrailingPunctuation, withoutWords } from '../../core/wording';
import { isObject, valueAtPath } from '../../core/refs';
import { TITLE_RESTRICTED_WORDS, restrictedWordsIn, wordList } from '../../core/strings';

/** Certification: a connector title can't contain "API", "Connector" or a Power Platform product name (CS). */
export default defineRule({
	id: 'info-title-restricted-words',
	msCode: 'ValueContainsRestrictedWords',
	severity: 'error',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['CS', 'DP'], basis: 'validator-rejects' },
	description: 'The connector title must not contain API, Connector or a Power Platform product name.',
	fixable: true,
	files: ['swagger'],
	options: {
		words: { type: 'string[]', default: TITLE_RESTRICTED_WORDS, description: 'Words (matched whole, ignoring case) that the connector title must not contain.' },
	},
	check(context) {
		const words = context.option<readonly string[] | null>('words');
		const info = context.swagger!.root.info;
		const title = isObject(info) ? info.title : undefined;
		if (!Array.isArray(words) || typeof title !== 'string') {
			return;
		}
		const found = restrictedWordsIn(title, words);
		if (found.length > 0) {
			context.report({
				file: 'swagger',
				path: ['info', 'title'],
				message: `The value 'title' contains at least one of the restricted words: '${wordList(found)}'.`,
				data: { words: found },
			});
		}
	},
	fix({ finding, doc }) {
		const text = valueAtPath(doc.value, finding.path);
		const words = Array.isArray(finding.data?.words) ? (finding.data.words as unknown[]).filter((word): word is string => typeof word === 'string') : [];
		if (typeof text !== 'string' || words.length === 0) {
			return undefined;
		}
		const fixed = withoutTrailingPunctuation(withoutWords(text, words));
		// Nothing sensible is left when the text was only restricted words: the author has to write it.
		return fixed === '' ? undefined : { title: 'Remove the restricted words from the title', edits: setValue(doc, finding.path, fixed) };
	},
});
