import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { isObject } from '../../core/refs';
import { TEST_CONNECTION_PATH, testConnection } from '../shared/triggers';

/**
 * TC: the test connection operation "must be a 'get' and support a call with no parameters, or with hard-coded
 * parameters": every required parameter without a default must be given a literal in `testConnection.parameters`.
 */
export default defineRule({
	id: 'test-connection-get',
	severity: 'error',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['TC'], basis: 'certification-must' },
	description: 'The testConnection operation must be a GET whose required parameters have defaults or hard-coded values.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		const swagger = context.swagger!;
		const capability = testConnection(swagger);
		const operationId = capability?.operationId;
		const operation = typeof operationId === 'string' ? swagger.operationById(operationId) : undefined;
		if (!capability || !operation) {
			return;
		}
		const given = isObject(capability.parameters) ? capability.parameters : {};
		const unset = operation.parameters
			.filter((parameter) => {
				const value = parameter.value;
				const required = value?.required === true || value?.in === 'path';
				return required && value?.default === undefined && (parameter.name === undefined || !Object.prototype.hasOwnProperty.call(given, parameter.name));
			})
			.map((parameter) => parameter.name ?? '');
		if (operation.method === 'get' && unset.length === 0) {
			return;
		}
		const problem = operation.method !== 'get' ? `it uses '${operation.method}'` : `the required parameters ${unset.map((name) => `'${name}'`).join(', ')} have no value`;
		context.report({
			file: 'swagger',
			path: [...TEST_CONNECTION_PATH, 'operationId'],
			message: `The test connection operation '${operationId}' must be a 'get' and support a call with no parameters, or with hard-coded parameters: ${problem}.`,
			data: { operationId, method: operation.method, unsetParameters: unset },
		});
	},
});
