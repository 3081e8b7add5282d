import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import type { OperationInfo } from '../../core/swagger';

/**
 * Two operations with the same `operationId`. Compared case-insensitively: the designer and Logic Apps treat action
 * names without regard to case, so `GetItem` and `getItem` cannot both exist.
 */
export default defineRule({
	id: 'operation-id-not-unique',
	msCode: 'OperationIdNotUnique',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: 'Each operationId must be used by only one operation.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		const first = new Map<string, OperationInfo>();
		for (const operation of context.swagger!.operations()) {
			const operationId = operation.operationId;
			if (operationId === undefined || operationId.trim() === '') {
				continue;
			}
			const key = operationId.toLowerCase();
			const original = first.get(key);
			if (!original) {
				first.set(key, operation);
				continue;
			}
			context.report({
				file: 'swagger',
				path: [...operation.path, 'operationId'],
				message: `The operationId '${operationId}' is used multiple times. Operation identifiers must be unique.`,
				data: { operationId, firstPath: original.path },
				related: [{ file: 'swagger', path: [...original.path, 'operationId'], message: `'${original.operationId}' is first used here.` }],
			});
		}
	},
});
