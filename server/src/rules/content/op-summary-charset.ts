import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { SUMMARY_VALIDATOR_CHARS, disallowedSummaryChars } from '../../core/strings';
import { operationSummaries } from '../shared/operationSummaries';
import { subjectOf, withSubject } from '../shared/subject';

/**
 * Certification: summaries "contain only alphanumeric characters or parentheses" (CS). The characters the validator
 * rejects outright (`/ \ < > * % & ?`) are left to `restricted-characters-in-summary`, which reports them as errors.
 */
export default defineRule({
	id: 'op-summary-charset',
	severity: 'warning',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['CS', 'DP'], basis: 'should' },
	description: 'Operation summaries should contain only letters, digits, spaces and parentheses.',
	fixable: false,
	reportsBeside: {
		'op-summary-sentence-case': 'which characters may appear, not how words are capitalised',
		'trigger-summary-pattern': 'which characters may appear, not how a trigger summary begins',
		'op-summary-unique': 'which characters may appear, not whether another operation has the same summary',
		'op-summary-no-trailing-punct': 'every character outside the allowed set, where that rule is only about the end (and has a fix)',
	},
	files: ['swagger'],
	check(context) {
		for (const { operation, summary, path } of operationSummaries(context.swagger!)) {
			const chars = disallowedSummaryChars(summary, SUMMARY_VALIDATOR_CHARS);
			if (chars.length > 0) {
				context.report({
					file: 'swagger',
					path,
					message: withSubject(`The operation 'summary' should contain only alphanumeric characters or parentheses; it contains ${chars.map((c) => `'${c}'`).join(', ')}.`, subjectOf(context.swagger, operation.path)),
					data: { chars, operationId: operation.operationId },
				});
			}
		}
	},
});
