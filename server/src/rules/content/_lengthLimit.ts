/** The length limits on display strings (operation summaries, parameter x-ms-summary): one check, one wording. */
import type { JsonPath } from '../../core/json';
import type { RuleContext } from '../../engine/types';
import { charLength } from '../../core/strings';

/** A string a length rule measures: where it is, its value as written, and what the finding's data adds. */
export interface MeasuredString {
	readonly path: JsonPath;
	readonly text: unknown;
	readonly data: Readonly<Record<string, unknown>>;
}

/** Reports each string longer than the rule's `maxLength` option, in characters; `subject` opens the message. */
export function reportOverMaxLength(context: RuleContext, strings: readonly MeasuredString[], subject: string): void {
	const max = context.option<number | null>('maxLength');
	if (typeof max !== 'number') {
		return;
	}
	for (const { path, text, data } of strings) {
		if (typeof text !== 'string') {
			continue;
		}
		const length = charLength(text);
		if (length > max) {
			context.report({ file: 'swagger', path, message: `${subject} should be ${max} characters or shorter; it has ${length}.`, data: { length, max, ...data } });
		}
	}
}
