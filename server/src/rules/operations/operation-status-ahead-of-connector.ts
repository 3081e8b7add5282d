import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { annotationPath, apiAnnotation, connectorStatus } from './_operations';
import { operationLabel } from '../shared/operationLabel';

/**
 * An operation annotated `status: Production` while the connector is not: `info.x-ms-api-annotation.status` is
 * `Preview` or absent (the API-level default is Preview).
 */
export default defineRule({
	id: 'operation-status-ahead-of-connector',
	msCode: 'OperationStatusAheadOfConnector',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: {
		sources: ['SVR', 'VER'],
		basis: 'validator-rejects',
		note: 'Fires only when the connector states Preview: a swagger the validator accepted in 2024 has a Production operation under a connector with no status.',
	},
	description: 'An operation cannot be in Production status while the connector is in Preview.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		const swagger = context.swagger!;
		const connector = connectorStatus(swagger);
		// Only a connector that says it is in Preview: without a status a certified connector is in Production, and
		// the validator accepted operations in Production under connectors that set none.
		if (connector !== 'Preview') {
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
