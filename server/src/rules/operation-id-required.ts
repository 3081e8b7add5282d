import { FROM_VALIDATOR, defineRule } from '../engine/types';

/** Every operation needs an `operationId`: flows, apps and dynamic extensions refer to actions by it. */
export default defineRule({
	id: 'operation-id-required',
	msCode: 'OperationIdRequired',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	description: 'Every operation must have an operationId.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		for (const operation of context.swagger!.operations()) {
			const operationId = operation.value.operationId;
			// A non-string value is a type error (json-type-incorrect); only absent or blank values are reported here.
			if (operationId === undefined || (typeof operationId === 'string' && operationId.trim() === '')) {
				context.report({
					file: 'swagger',
					path: [...operation.path, 'operationId'],
					target: operationId === undefined ? 'missing' : 'value',
					message: "The operation 'operationId' property is required.",
					data: { method: operation.method, pathKey: operation.pathKey },
				});
			}
		}
	},
});
