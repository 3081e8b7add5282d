import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { withoutTrailingPunctuation } from '../../core/wording';
import { TITLE_RESTRICTED_WORDS } from '../../core/strings';
import { reportRestrictedInfoWords } from './_infoStrings';
import { fixRemovingFoundWords } from './_restrictedWords';

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
		reportRestrictedInfoWords(context, 'title');
	},
	fix: (context) => fixRemovingFoundWords(context, () => 'Remove the restricted words from the title', { tidy: withoutTrailingPunctuation, prose: false }),
});
