import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { TEST_CONNECTION_PATH, testConnection } from '../shared/triggers';
import { isInternal } from '../../core/strings';

/** Names that mark an operation as a dedicated connection check rather than a reused action. */
const DEDICATED = /test|ping|health|heartbeat|check.?conn|validate.?conn|verify.?conn/i;

/**
 * TC: "If you add a new entry point for this purpose, it's highly encouraged to hide this operation from the user by
 * marking the visibility as [internal]." A reused action (TC's `GetTables` example) stays visible.
 */
export default defineRule({
	id: 'test-connection-internal',
	severity: 'warning',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['TC'], basis: 'should' },
	description: 'An operation added only to test the connection should be internal.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		const swagger = context.swagger!;
		const operationId = testConnection(swagger)?.operationId;
		const operation = typeof operationId === 'string' ? swagger.operationById(operationId) : undefined;
		if (!operation || isInternal(operation.value)) {
			return;
		}
		if (!DEDICATED.test(operation.operationId ?? '') && !DEDICATED.test(operation.pathKey)) {
			return;
		}
		const visibility = operation.value['x-ms-visibility'];
		context.report({
			file: 'swagger',
			path: [...operation.path, 'x-ms-visibility'],
			target: visibility === undefined ? 'missing' : 'value',
			message: `The operation '${operationId}' only tests the connection; mark it "x-ms-visibility": "internal" to hide it from users.`,
			data: { operationId, testConnectionPath: TEST_CONNECTION_PATH },
		});
	},
});
