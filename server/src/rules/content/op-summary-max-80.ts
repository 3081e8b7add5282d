import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { charLength } from '../../core/strings';

/** Certification: operation summaries "should be phrases of 80 characters or shorter" (CS, STR). */
export default defineRule({
	id: 'op-summary-max-80',
	severity: 'warning',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['CS', 'STR'], basis: 'should' },
	description: 'Operation summaries should be 80 characters or shorter.',
	fixable: false,
	files: ['swagger'],
	options: {
		maxLength: { type: 'number', default: 80, description: 'The longest recommended operation summary, in characters.' },
	},
	check(context) {
		const max = context.option<number | null>('maxLength');
		if (typeof max !== 'number') {
			return;
		}
		for (const operation of context.swagger!.operations()) {
			const summary = operation.value.summary;
			if (typeof summary !== 'string') {
				continue;
			}
			const length = charLength(summary);
			if (length > max) {
				context.report({
					file: 'swagger',
					path: [...operation.path, 'summary'],
					message: `The operation 'summary' should be ${max} characters or shorter; it has ${length}.`,
					data: { length, max, operationId: operation.operationId },
				});
			}
		}
	},
});
