/** The quick fix the restricted-word and product-name rules share: take the words the finding names out of the string. */
import { valueAtPath } from '../../core/refs';
import { setValue } from '../../engine/edits';
import type { FixContext, FixProposal } from '../../engine/types';
import { withoutWords } from '../../core/wording';

/**
 * Removes the finding's `data.words` from the string at its path, then applies `tidy`; `title` names the action from
 * those words and the key of the string. No fix when nothing would be left: the author has to write the text. In a
 * sentence (`prose`), taking words out rarely leaves a sentence ("from Power Automate and your apps" → "from and your
 * apps"), so that fix is the author's to finish: offered one at a time with the result selected, never applied by fix-all.
 */
export function fixRemovingFoundWords({ finding, doc }: FixContext, title: (words: readonly string[], key: string) => string, options: { tidy?: (text: string) => string; prose: boolean }): FixProposal | undefined {
	const text = valueAtPath(doc.value, finding.path);
	const words = Array.isArray(finding.data?.words) ? (finding.data.words as unknown[]).filter((word): word is string => typeof word === 'string') : [];
	if (typeof text !== 'string' || words.length === 0) {
		return undefined;
	}
	const fixed = (options.tidy ?? ((value: string) => value))(withoutWords(text, words));
	if (fixed === '') {
		return undefined;
	}
	const proposal = { title: title(words, String(finding.path[finding.path.length - 1])), edits: setValue(doc, finding.path, fixed) };
	return options.prose ? { ...proposal, placeholder: fixed, requiresAuthor: true } : proposal;
}
