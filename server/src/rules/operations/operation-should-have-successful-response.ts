import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { addSuccessResponse, isSuccessStatus, responseKeys } from './_operations';
import { operationLabel } from '../shared/operationLabel';

/** An operation with responses but no `2xx` one: the designer has no output to show for the success case. */
export default defineRule({
	id: 'operation-should-have-successful-response',
	msCode: 'OperationShouldHaveSuccessfulResponse',
	severity: 'warning',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR', 'COD'], basis: 'should' },
	description: 'Every operation should define at least one successful (2xx) response.',
	fixable: true,
	defersTo: ['response-not-default-only'],
	files: ['swagger'],
	check(context) {
		for (const operation of context.swagger!.operations()) {
			const keys = responseKeys(operation);
			// No response at all is operation-must-have-response's finding.
			if (!keys || keys.length === 0 || keys.some(isSuccessStatus)) {
				continue;
			}
			context.report({
				file: 'swagger',
				path: [...operation.path, 'responses'],
				target: 'key',
				message: `The operation '${operationLabel(operation)}' should have at least one successful response definition.`,
				data: { operationId: operation.operationId, statuses: keys },
			});
		}
	},
	fix: addSuccessResponse,
});
