import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { valueAtPath } from '../../core/refs';
import { setValue } from '../../engine/edits';
import { withoutTrailingPunctuation } from '../../core/wording';
import { isAlphanumeric, lastChar } from '../../core/strings';
import { operationSummaries } from '../shared/operationSummaries';

/**
 * STR: a summary "shouldn't end with a non-alphanumeric character, including punctuation or space". A closing
 * parenthesis is allowed: CS allows parentheses in summaries and DEP appends "(deprecated)".
 */
export default defineRule({
	id: 'op-summary-no-trailing-punct',
	msCode: 'ValueMustEndWithAlphanumeric',
	severity: 'warning',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['STR'], basis: 'should' },
	description: 'Operation summaries should end with a letter, a digit or a closing parenthesis.',
	fixable: true,
	files: ['swagger'],
	check(context) {
		for (const { operation, summary, path } of operationSummaries(context.swagger!)) {
			if (summary.trim() === '') {
				continue;
			}
			const last = lastChar(summary);
			if (last !== ')' && !isAlphanumeric(last)) {
				context.report({
					file: 'swagger',
					path,
					message: "The 'summary' value must end with alphanumeric character.",
					data: { last, operationId: operation.operationId },
				});
			}
		}
	},
	fix({ finding, doc }) {
		const summary = valueAtPath(doc.value, finding.path);
		const fixed = typeof summary === 'string' ? withoutTrailingPunctuation(summary, ')') : '';
		return fixed === '' ? undefined : { title: `End the summary with "${fixed}"`, edits: setValue(doc, finding.path, fixed) };
	},
});
