import { FROM_VALIDATOR, defineRule } from '../../engine/types';

/**
 * An operationId at or over Microsoft's length limit. The limit is unpublished (rules.md §12 item 11), so the check is
 * off until `maxLength` is set.
 */
export default defineRule({
	id: 'operation-id-too-long',
	msCode: 'OperationIdTooLong',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: 'An operationId must be shorter than the configured maximum length.',
	fixable: false,
	files: ['swagger'],
	options: {
		maxLength: {
			type: 'number',
			default: null,
			description: "operationIds must be shorter than this many characters (Microsoft's unpublished limit); null turns the check off.",
		},
	},
	check(context) {
		const maxLength = context.option<number | null>('maxLength');
		if (typeof maxLength !== 'number') {
			return;
		}
		for (const operation of context.swagger!.operations()) {
			const operationId = operation.operationId;
			if (operationId !== undefined && [...operationId].length >= maxLength) {
				context.report({
					file: 'swagger',
					path: [...operation.path, 'operationId'],
					message: `The operationId length must be less than '${maxLength}'.`,
					data: { operationId, length: [...operationId].length, maxLength },
				});
			}
		}
	},
});
