import { FROM_VALIDATOR, defineRule } from '../engine/types';
import { sanitizeOperationId } from './_operations';

/** An operationId with characters the platform strips (hyphens, dots, spaces, non-ASCII letters). */
export default defineRule({
	id: 'operation-id-sanitized',
	msCode: 'OperationIdSanitized',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	description: 'An operationId must contain only letters, digits and underscores.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		for (const operation of context.swagger!.operations()) {
			const operationId = operation.operationId;
			if (operationId === undefined || operationId.trim() === '') {
				continue;
			}
			const sanitized = sanitizeOperationId(operationId);
			if (sanitized !== operationId) {
				context.report({
					file: 'swagger',
					path: [...operation.path, 'operationId'],
					message: `The 'operationId' property value is different from its sanitized value '${sanitized}'. Please avoid the useage of non-alphanumeric characters to have matching values.`,
					data: { operationId, sanitized },
				});
			}
		}
	},
});
