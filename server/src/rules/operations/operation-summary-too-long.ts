import { FROM_VALIDATOR, defineRule } from '../../engine/types';

/** The validator's own summary limit (fewer than 120 characters); certification's 80 is op-summary-max-80. */
export default defineRule({
	id: 'operation-summary-too-long',
	msCode: 'OperationSummaryTooLong',
	severity: 'warning',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'should' },
	description: "An operation's summary should be fewer than 120 characters.",
	fixable: false,
	files: ['swagger'],
	options: {
		maxLength: {
			type: 'number',
			default: 120,
			description: 'Summaries must be fewer than this many characters (the number in Microsoft\'s message); null turns the check off.',
		},
	},
	check(context) {
		const maxLength = context.option<number | null>('maxLength');
		if (typeof maxLength !== 'number') {
			return;
		}
		for (const operation of context.swagger!.operations()) {
			const summary = operation.value.summary;
			if (typeof summary !== 'string') {
				continue;
			}
			const length = [...summary].length;
			if (length >= maxLength) {
				context.report({
					file: 'swagger',
					path: [...operation.path, 'summary'],
					message: `The operation 'summary' should be fewer than ${maxLength} characters for improved readablity.`,
					data: { operationId: operation.operationId, length, maxLength },
				});
			}
		}
	},
});
