import { isObject } from '../core/refs';
import { FROM_VALIDATOR, defineRule } from '../engine/types';

/** An operation whose `responses` is missing, empty, or holds only `x-` extensions. */
export default defineRule({
	id: 'operation-must-have-response',
	msCode: 'OperationMustHaveResponse',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	description: 'Every operation must define at least one response.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		for (const operation of context.swagger!.operations()) {
			const responses = operation.value.responses;
			// A non-object `responses` is a type error, reported by json-type-incorrect.
			if (responses !== undefined && (!isObject(responses) || Object.keys(responses).some((key) => !key.startsWith('x-')))) {
				continue;
			}
			context.report({
				file: 'swagger',
				path: [...operation.path, 'responses'],
				target: responses === undefined ? 'missing' : 'key',
				message: 'The operation is not valid, it must contain at least one response definition.',
				data: { operationId: operation.operationId, method: operation.method, pathKey: operation.pathKey },
			});
		}
	},
});
