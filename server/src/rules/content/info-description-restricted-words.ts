import { setValue } from '../../engine/edits';
import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { withoutWords } from '../../core/wording';
import { isObject, valueAtPath } from '../../core/refs';
import { DESCRIPTION_RESTRICTED_WORDS, restrictedWordsIn, wordList } from '../../core/strings';

/** Certification: the connector description "can't contain any Power Platform product names" (CS; PR#3407). */
export default defineRule({
	id: 'info-description-restricted-words',
	msCode: 'ValueContainsRestrictedWords',
	severity: 'error',
	profiles: FROM_CERTIFICATION,
	evidence: {
		sources: ['CS', 'STR', 'PR3407'],
		basis: 'validator-rejects',
		note: 'The words are the validator\'s own list (power apps, power automate, logic apps, PR#3407, 2024) and Copilot Studio from the live certification page; other product names are no-product-names-in-strings\' warning, since a description naming Microsoft Power Platform was accepted in 2021.',
	},
	description: 'The connector description must not name Power Apps, Power Automate, Logic Apps or Copilot Studio.',
	fixable: true,
	files: ['swagger'],
	options: {
		words: { type: 'string[]', default: DESCRIPTION_RESTRICTED_WORDS, description: 'Words (matched whole, ignoring case) that the connector description must not contain.' },
	},
	check(context) {
		const words = context.option<readonly string[] | null>('words');
		const info = context.swagger!.root.info;
		const description = isObject(info) ? info.description : undefined;
		if (!Array.isArray(words) || typeof description !== 'string') {
			return;
		}
		const found = restrictedWordsIn(description, words);
		if (found.length > 0) {
			context.report({
				file: 'swagger',
				path: ['info', 'description'],
				message: `The value 'description' contains at least one of the restricted words: '${wordList(found)}'.`,
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
		const fixed = withoutWords(text, words);
		// Nothing sensible is left when the text was only restricted words: the author has to write it.
		return fixed === '' ? undefined : { title: 'Remove the restricted words from the description', edits: setValue(doc, finding.path, fixed) };
	},
});
