import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { headings } from './_readme';

/** The template: under the title, "One paragraph, two to three sentences about the service and the connector." */
export default defineRule({
	id: 'readme-intro-length',
	severity: 'warning',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['SVR', 'TPL'], basis: 'should' },
	description: 'The readme introduction should be one paragraph of at most three sentences.',
	fixable: false,
	reportsBeside: {
		'readme-placeholders': 'the introduction\'s length, not template text left in',
	},
	files: ['readme'],
	options: {
		maxSentences: { type: 'number', default: 3, description: 'The most sentences the introduction may have.' },
	},
	check(context) {
		const readme = context.artifacts.readme!;
		const all = headings(readme);
		const title = all.find((heading) => heading.level === 1);
		if (!title) {
			return; // readme-required-sections reports the missing title.
		}
		const next = all.find((heading) => heading.offset > title.offset);
		const intro = readme.text.slice(Math.min(title.bodyStart, readme.text.length), next ? next.offset : readme.text.length).trim();
		if (!intro) {
			return;
		}
		const paragraphs = intro.split(/\r?\n[ \t]*\r?\n/).filter((paragraph) => paragraph.trim());
		// A sentence ends with . ! or ? followed by a space or the end; abbreviations like "e.g." are rare here.
		const sentences = intro.replace(/\s+/g, ' ').split(/(?<=[.!?])\s+(?=[A-Z0-9])/).filter((sentence) => sentence.trim()).length;
		const maxSentences = context.option<number>('maxSentences');
		if (paragraphs.length > 1 || sentences > maxSentences) {
			context.report({
				file: 'readme',
				path: [],
				range: readme.rangeAt(title.offset, title.length),
				message: `The introduction under the title has ${paragraphs.length} paragraph${paragraphs.length === 1 ? '' : 's'} and ${sentences} sentence${sentences === 1 ? '' : 's'}; the readme template asks for one paragraph of two to three sentences.`,
				data: { paragraphs: paragraphs.length, sentences },
			});
		}
	},
});
