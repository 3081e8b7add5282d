import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { DESCRIPTION_RESTRICTED_WORDS } from '../../core/strings';
import { reportRestrictedInfoWords } from './_infoStrings';
import { fixRemovingFoundWords } from './_restrictedWords';

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
		reportRestrictedInfoWords(context, 'description');
	},
	fix: (context) => fixRemovingFoundWords(context, () => 'Remove the restricted words from the description', { prose: true }),
});
