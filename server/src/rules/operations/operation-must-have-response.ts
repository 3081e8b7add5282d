import { isObject } from '../../core/refs';
import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { addSuccessResponse } from './_operations';
import { subjectOf, withSubject } from '../shared/subject';

/** An operation whose `responses` is missing, empty, or holds only `x-` extensions. */
export default defineRule({
	id: 'operation-must-have-response',
	msCode: 'OperationMustHaveResponse',
	severity: 'warning',
	profiles: FROM_VALIDATOR,
	evidence: {
		sources: ['SVR', 'MSS'],
		basis: 'validator-lets-through',
		note: "Microsoft's own Azure IoT Central, accepted in 2021, has an internal operation with empty responses, and the issue's upstream measurement found more accepted swaggers with it, so it does not block.",
	},
	description: 'Every operation must define at least one response.',
	fixable: true,
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
				message: withSubject('The operation is not valid, it must contain at least one response definition.', subjectOf(context.swagger, operation.path)),
				data: { operationId: operation.operationId, method: operation.method, pathKey: operation.pathKey },
			});
		}
	},
	fix: addSuccessResponse,
});
