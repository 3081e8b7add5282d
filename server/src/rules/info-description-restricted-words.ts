import { FROM_CERTIFICATION, defineRule } from '../engine/types';
import { isObject } from '../core/refs';
import { PRODUCT_NAMES, restrictedWordsIn, wordList } from './_strings';

/** Certification: the connector description "can't contain any Power Platform product names" (CS; PR#3407). */
export default defineRule({
	id: 'info-description-restricted-words',
	msCode: 'ValueContainsRestrictedWords',
	severity: 'error',
	profiles: FROM_CERTIFICATION,
	description: 'The connector description must not contain a Power Platform product name.',
	fixable: false,
	files: ['swagger'],
	options: {
		words: { type: 'string[]', default: PRODUCT_NAMES, description: 'Words (matched whole, ignoring case) that the connector description must not contain.' },
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
});
