import { FROM_CERTIFICATION, defineRule } from '../../engine/types';

/** Text of the repository's readme template that must be replaced (reviewer, PR#2133). */
const PLACEHOLDERS: readonly { readonly pattern: RegExp; readonly what: string }[] = [
	{ pattern: /^#[ \t]+Title[ \t]*$/gm, what: "the heading '# Title'" },
	{ pattern: /Publisher's Name/g, what: "'Publisher's Name'" },
	{ pattern: /^(?:Required|Optional)\. .*$/gm, what: 'the template instruction' },
	{ pattern: /^#{3}[ \t]+(?:Operation|Question) \d+[ \t]*$/gm, what: 'the example heading' },
	{ pattern: /^(?:Description of operation \d+\.|Answer to question \d+)[ \t]*$/gm, what: 'the example text' },
];

export default defineRule({
	id: 'readme-placeholders',
	severity: 'warning',
	profiles: FROM_CERTIFICATION,
	evidence: {
		sources: ['SVR', 'TPL'],
		basis: 'reviewers-let-through',
		note: "A reviewer asked for template text to be replaced, but certified connectors accepted from 2022 to 2024 keep '# Title' or template instructions in readme.md.",
	},
	description: "The readme.md file must not contain the template's placeholder text.",
	fixable: false,
	files: ['readme'],
	check(context) {
		const readme = context.artifacts.readme!;
		for (const { pattern, what } of PLACEHOLDERS) {
			pattern.lastIndex = 0;
			for (let match = pattern.exec(readme.text); match; match = pattern.exec(readme.text)) {
				const text = match[0].replace(/\r$/, '').trimEnd();
				context.report({
					file: 'readme',
					path: [],
					range: readme.rangeAt(match.index, text.length),
					message: `Replace ${what} from the readme template: '${text.length > 60 ? `${text.slice(0, 57)}...` : text}'.`,
					data: { placeholder: text },
				});
			}
		}
	},
});
