import { FROM_CERTIFICATION, defineRule } from '../../engine/types';

/**
 * Instructions to the author that must not reach the public docs page, each matched at the start of a line:
 * the prompts `connector-certify intro` writes (server/src/package/intro.ts; the scaffold's final text, such as the
 * credential steps, is not here) and the prompts of Microsoft's template (SFC, with the older wording some
 * submissions still carry: "leverage the connector", "and so on").
 */
const PROMPTS: readonly RegExp[] = [
	// connector-certify intro
	/^Describe .+ for someone who has never used it:.*$/gm,
	/^Describe a first flow or app that uses the connector, step by step\..*$/gm,
	/^List limits \(throttling, sizes\) and behaviours users should know\..*$/gm,
	/^List the errors users may see and how to resolve each\..*$/gm,
	/^Answer the questions users ask most\..*$/gm,
	// Microsoft's template
	/^Provide a detailed description here\b.*$/gm,
	/^Provide information about any prerequisites\b.*$/gm,
	/^Provide detailed information about how a user can get credentials\b.*$/gm,
	/^If your connector doesn['’]t require authentication, this section can be removed\..*$/gm,
	/^Provide users with a step-by-step process for getting started\b.*$/gm,
	/^If your connector has any known issues and limitations, include a detailed description of them here\..*$/gm,
	/^Highlight any errors that might commonly occur\b.*$/gm,
	/^Provide a breakdown of frequently asked questions\b.*$/gm,
	// The template's style, reworded: an instruction to "provide" something "here" or about "your connector".
	/^Provide\b.*\b(?:here|your connector)\b.*$/gm,
];

export default defineRule({
	id: 'intro-placeholder-text',
	severity: 'error',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['SVR', 'SFC'], basis: 'validator-rejects' },
	description: 'The intro.md file must not contain template instructions in place of content.',
	fixable: false,
	files: ['intro'],
	check(context) {
		const intro = context.artifacts.intro!;
		const reported = new Set<number>();
		for (const pattern of PROMPTS) {
			pattern.lastIndex = 0;
			for (let match = pattern.exec(intro.text); match; match = pattern.exec(intro.text)) {
				if (reported.has(match.index)) {
					continue; // A template line the generic pattern matches too.
				}
				reported.add(match.index);
				const text = match[0].replace(/\r$/, '').trimEnd();
				context.report({
					file: 'intro',
					path: [],
					range: intro.rangeAt(match.index, text.length),
					message: `Replace the template text with your own: '${text.length > 60 ? `${text.slice(0, 57)}...` : text}'.`,
					data: { placeholder: text },
				});
			}
		}
	},
});
