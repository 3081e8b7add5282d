import { FROM_VALIDATOR, defineRule } from '../../engine/types';

/** More operations than Microsoft allows in one connector. The limit is unpublished, so the check is off until set. */
export default defineRule({
	id: 'total-operations-count-exceeds-max-allowed',
	msCode: 'TotalOperationsCountExceedsMaxAllowed',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: 'The number of operations must not exceed the configured maximum.',
	fixable: false,
	files: ['swagger'],
	options: {
		max: {
			type: 'number',
			default: null,
			description: "The most operations a connector may define (Microsoft's unpublished limit); null turns the check off.",
		},
	},
	check(context) {
		const max = context.option<number | null>('max');
		if (typeof max !== 'number') {
			return;
		}
		const count = context.swagger!.operations().length;
		if (count > max) {
			context.report({
				file: 'swagger',
				path: ['paths'],
				target: 'key',
				message: `The total number of operations in the swagger exceeds the maximum allowed value of '${max}'.`,
				data: { count, max },
			});
		}
	},
});
