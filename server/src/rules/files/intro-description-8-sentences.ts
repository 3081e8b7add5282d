import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { countSentences, description } from './_intro';

/** Microsoft's intro.md template (SFC): "This description should be no more than one paragraph of eight sentences." */
export default defineRule({
	id: 'intro-description-8-sentences',
	severity: 'warning',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['SVR', 'SFC'], basis: 'should' },
	description: 'The description at the top of intro.md should be one paragraph of at most eight sentences.',
	fixable: false,
	files: ['intro'],
	options: {
		maxSentences: { type: 'number', default: 8, description: 'The most sentences the description may have.' },
	},
	check(context) {
		const intro = context.artifacts.intro!;
		const found = description(intro);
		if (!found.range) {
			return; // intro-description-first reports a missing description.
		}
		const paragraphs = found.paragraphs.length;
		const sentences = countSentences(found.text);
		const maxSentences = context.option<number>('maxSentences');
		if (paragraphs > 1 || sentences > maxSentences) {
			context.report({
				file: 'intro',
				path: [],
				range: found.range,
				message: `The description has ${paragraphs} paragraph${paragraphs === 1 ? '' : 's'} and ${sentences} sentence${sentences === 1 ? '' : 's'}; Microsoft's intro.md template says: "This description should be no more than one paragraph of eight sentences."`,
				data: { paragraphs, sentences },
			});
		}
	},
});
