/**
 * The connector's own strings, `info.title` and `info.description`: the title and description rules make the same
 * checks on each, with the same wording apart from the key.
 */
import { isObject } from '../../core/refs';
import type { RuleContext } from '../../engine/types';
import { restrictedWordsIn, wordList } from '../../core/strings';

export type InfoStringKey = 'title' | 'description';

/** Reports `info.<key>` when it is missing, not a string or blank. */
export function reportMissingInfoString(context: RuleContext, key: InfoStringKey): void {
	const swagger = context.swagger!;
	const info = swagger.root.info;
	// A root or an `info` that is not an object is the structure rules' finding.
	if (!isObject(swagger.document.value) || (info !== undefined && !isObject(info))) {
		return;
	}
	const value = info?.[key];
	if (typeof value !== 'string' || value.trim() === '') {
		context.report({
			file: 'swagger',
			path: ['info', key],
			target: value === undefined ? 'missing' : 'value',
			message: `The '${key}' property is required.`,
		});
	}
}

/** Reports `info.<key>` when it contains any of the rule's `words` option (matched whole, ignoring case). */
export function reportRestrictedInfoWords(context: RuleContext, key: InfoStringKey): void {
	const words = context.option<readonly string[] | null>('words');
	const info = context.swagger!.root.info;
	const text = isObject(info) ? info[key] : undefined;
	if (!Array.isArray(words) || typeof text !== 'string') {
		return;
	}
	const found = restrictedWordsIn(text, words);
	if (found.length > 0) {
		context.report({
			file: 'swagger',
			path: ['info', key],
			message: `The value '${key}' contains at least one of the restricted words: '${wordList(found)}'.`,
			data: { words: found },
		});
	}
}
