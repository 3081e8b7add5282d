import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { isObject } from '../../core/refs';
import type { JsonPath } from '../../core/json';
import { forEachDisplayString, textValue } from '../../core/strings';

/** At least this many letters before the text says anything about its language. */
const MIN_LETTERS = 4;
const INFO: { readonly path: JsonPath } = { path: ['info'] };

/**
 * True when most letters are outside the Latin script (Cyrillic, Greek, CJK, Arabic…). Deliberately conservative:
 * French or German text, which is Latin, never fires; a product name in another script inside English text does not
 * either.
 */
export function isMostlyNonLatin(text: string): boolean {
	// Nearly all text is Basic Latin to Latin Extended-B: one native scan settles it without per-letter work.
	if (!BEYOND_LATIN_EXTENDED.test(text)) {
		return false;
	}
	// Counted in place: a list of every letter was made for each text holding one character past U+024F (a curly quote
	// is enough), a quarter MB of Encodian's check. ASCII letters are Latin; anything else is asked of the pattern.
	let letters = 0;
	let latin = 0;
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		if (code < 0x80) {
			if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) {
				letters++;
				latin++;
			}
			continue;
		}
		const char = String.fromCodePoint(text.codePointAt(index)!);
		index += char.length - 1;
		if (LETTER.test(char)) {
			letters++;
			latin += LATIN.test(char) ? 1 : 0;
		}
	}
	return letters >= MIN_LETTERS && latin * 2 < letters;
}

const BEYOND_LATIN_EXTENDED = /[^\u0000-\u024f]/;
const LETTER = /^\p{L}$/u;
const LATIN = /^\p{Script=Latin}$/u;

/** SVR `ValueMustBeInEnglish`; CS: titles, descriptions and summaries "must exist and be written in English". */
export default defineRule({
	id: 'value-must-be-in-english',
	msCode: 'ValueMustBeInEnglish',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: 'Titles, summaries and descriptions must be written in English.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		const swagger = context.swagger!;
		// The holder's path is asked for only with a finding: a schema's path is made when first asked for.
		const check = (holder: { readonly path: JsonPath }, key: string, text: string) => {
			if (isMostlyNonLatin(text)) {
				context.report({ file: 'swagger', path: [...holder.path, key], message: `The '${key}' value must be written in English.`, data: { key } });
			}
		};
		const info = swagger.root.info;
		if (isObject(info)) {
			for (const key of ['title', 'description']) {
				const text = textValue(info[key]);
				if (text !== undefined) {
					check(INFO, key, text);
				}
			}
		}
		forEachDisplayString(swagger, check);
	},
});
