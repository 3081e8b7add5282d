import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { normalizeText, stringHolders, textValue } from '../../core/strings';
import { subjectOf, withSubject } from '../shared/subject';

/** COD: "Descriptions and summaries should not have the same content"; STR: "Summary and description text shouldn't be the same." */
export default defineRule({
	id: 'summary-description-differ',
	severity: 'warning',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['COD', 'STR'], basis: 'should' },
	description: 'A summary and its description should not say the same thing.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		const holders = stringHolders(context.swagger!);
		for (let holderIndex = 0; holderIndex < holders.length; holderIndex++) {
			const holder = holders[holderIndex];
			if (holder.hidden) {
				continue;
			}
			const summaryKey = holder.kind === 'operation' ? 'summary' : 'x-ms-summary';
			const summary = textValue(holder.value[summaryKey]);
			const description = textValue(holder.value.description);
			// Equal normalised texts start with the same letter: most pairs are told apart without normalising them.
			if (summary === undefined || description === undefined || summary.trimStart().charAt(0).toLowerCase() !== description.trimStart().charAt(0).toLowerCase()) {
				continue;
			}
			if (normalizeText(summary) !== normalizeText(description)) {
				continue;
			}
			context.report({
				file: 'swagger',
				path: [...holder.path, 'description'],
				message: withSubject(`The description repeats the ${summaryKey === 'summary' ? "operation's 'summary'" : "'x-ms-summary'"} ('${summary}'); use it to tell users more.`, subjectOf(context.swagger, holder.path)),
				data: { kind: holder.kind, name: holder.name },
			});
		}
	},
});
