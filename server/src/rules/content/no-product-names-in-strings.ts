import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { DESCRIPTION_RESTRICTED_WORDS, PRODUCT_NAMES, forEachDisplayString, restrictedWordsIn } from '../../core/strings';
import { isObject } from '../../core/refs';
import type { JsonPath } from '../../core/json';
import { fixRemovingFoundWords } from './_restrictedWords';
import { subjectOf, withSubject } from '../shared/subject';

/**
 * CS: operation and parameter summaries and descriptions "can't contain any of the Microsoft Power Platform product
 * names". The connector's title is info-title-restricted-words'; in its description, the names the validator rejects
 * are info-description-restricted-words' and the others (Power Platform, Power BI…) are reported here.
 */
export default defineRule({
	id: 'no-product-names-in-strings',
	severity: 'warning',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['CS'], basis: 'should' },
	description: 'Summaries and descriptions, the connector description included, should not name Power Platform products.',
	fixable: true,
	reportsBeside: {
		'param-x-ms-summary-title-case': 'product names, not capitalisation',
	},
	files: ['swagger'],
	options: {
		words: { type: 'string[]', default: PRODUCT_NAMES, description: 'Product names (matched whole, ignoring case) that summaries and descriptions must not contain.' },
	},
	check(context) {
		const words = context.option<readonly string[] | null>('words');
		if (!Array.isArray(words)) {
			return;
		}
		const report = (path: JsonPath, key: string, found: readonly string[]) =>
			context.report({
				file: 'swagger',
				path,
				message: withSubject(
					`The '${key}' value names ${found.length > 1 ? 'Power Platform products' : 'a Power Platform product'} (${found.map((w) => `'${w}'`).join(', ')}); connector strings can't contain product names.`,
					subjectOf(context.swagger, path.slice(0, -1)),
				),
				data: { words: found },
			});
		// Hidden holders are left out: the designer does not show their strings.
		forEachDisplayString(
			context.swagger!,
			(holder, key, text) => {
				const found = restrictedWordsIn(text, words);
				if (found.length > 0) {
					report([...holder.path, key], key, found);
				}
			},
			{ skipHidden: true },
		);
		// The connector description: the names the validator rejects there are info-description-restricted-words'.
		const info = context.swagger!.root.info;
		const description = isObject(info) ? info.description : undefined;
		if (typeof description === 'string') {
			const rejected = new Set(DESCRIPTION_RESTRICTED_WORDS.map((word) => word.toLowerCase()));
			const found = restrictedWordsIn(description, words.filter((word) => !rejected.has(word.toLowerCase())));
			if (found.length > 0) {
				report(['info', 'description'], 'description', found);
			}
		}
	},
	fix: (context) => fixRemovingFoundWords(context, (words, key) => `Remove ${words.join(', ')} from the ${key}`, { prose: true }),
});
