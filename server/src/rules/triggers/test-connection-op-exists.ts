import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { TEST_CONNECTION_PATH, testConnection } from '../shared/triggers';

/** TC: "The `operationId` specified in this attribute must exist within this same OpenAPI specification to be valid." */
export default defineRule({
	id: 'test-connection-op-exists',
	severity: 'error',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['TC'], basis: 'certification-must' },
	description: 'The testConnection operationId must name an operation of this definition.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		const swagger = context.swagger!;
		const operationId = testConnection(swagger)?.operationId;
		if (typeof operationId !== 'string' || swagger.operationById(operationId)) {
			return;
		}
		context.report({
			file: 'swagger',
			path: [...TEST_CONNECTION_PATH, 'operationId'],
			message: `The testConnection operationId '${operationId}' must exist within this same OpenAPI specification.`,
			data: { operationId },
		});
	},
});
