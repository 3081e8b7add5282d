import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { annotationPath, apiAnnotation } from './_operations';
import { operationLabel } from '../shared/operationLabel';

/** An operation placed in a `family` must say which `revision` of it it is. */
export default defineRule({
	id: 'operation-revision-empty',
	msCode: 'OperationRevisionEmpty',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: 'An operation with an x-ms-api-annotation family must specify a revision.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		for (const operation of context.swagger!.operations()) {
			const annotation = apiAnnotation(operation);
			if (!annotation || typeof annotation.family !== 'string' || annotation.family === '' || annotation.revision !== undefined) {
				continue;
			}
			context.report({
				file: 'swagger',
				path: [...annotationPath(operation), 'revision'],
				target: 'missing',
				message: `The operation '${operationLabel(operation)}' does not specify a revision in api annotation.`,
				data: { operationId: operation.operationId, family: annotation.family },
			});
		}
	},
});
