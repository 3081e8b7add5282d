import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { sanitizeOperationId } from './_operations';

/** An operationId with characters the platform strips (dots, spaces, slashes, non-ASCII letters; not hyphens). */
export default defineRule({
	id: 'operation-id-sanitized',
	msCode: 'OperationIdSanitized',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: {
		sources: ['SVR'],
		basis: 'validator-rejects',
		note: 'Hyphens are kept: the validator accepted hyphenated operationIds in nine swaggers from 2021 to 2024, so its sanitizer does not remove them. No accepted swagger has any other character outside letters, digits and underscores.',
	},
	description: 'An operationId must contain only letters, digits, underscores and hyphens.',
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
