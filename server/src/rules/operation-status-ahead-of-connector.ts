import { FROM_VALIDATOR, defineRule } from '../engine/types';
import { annotationPath, apiAnnotation, connectorStatus, operationLabel } from './_operations';

/**
 * An operation annotated `status: Production` while the connector is not: `info.x-ms-api-annotation.status` is
 * `Preview` or absent (the API-level default is Preview).
 */
export default defineRule({
	id: 'operation-status-ahead-of-connector',
	msCode: 'OperationStatusAheadOfConnector',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	description: 'An operation cannot be in Production status while the connector is in Preview.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		const swagger = context.swagger!;
		const connector = connectorStatus(swagger);
		if (connector === 'Production') {
			return;
		}
		for (const operation of swagger.operations()) {
			if (apiAnnotation(operation)?.status !== 'Production') {
				continue;
			}
			context.report({
				file: 'swagger',
				path: [...annotationPath(operation), 'status'],
				message: `The operation '${operationLabel(operation)}' cannot be in a Production status ahead of the connector.`,
				data: { operationId: operation.operationId, connectorStatus: connector ?? null },
			});
		}
	},
});
