import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { isTrigger, notificationContent, notificationUrlProperties } from '../shared/triggers';
import { operationLabel } from '../shared/operationLabel';

/**
 * A webhook trigger (a trigger that has `x-ms-notification-content`, on the operation or its path item) must tell the
 * platform where to put the callback URL: a body property marked `"x-ms-notification-url": true`.
 */
export default defineRule({
	id: 'webhook-operations-missing-notification-url-property',
	msCode: 'WebhookOperationsMissingNotificationUrlProperty',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: 'A webhook trigger must have a body property marked with x-ms-notification-url.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		const swagger = context.swagger!;
		for (const operation of swagger.operations()) {
			if (!isTrigger(operation) || !notificationContent(swagger, operation) || notificationUrlProperties(swagger, operation).length > 0) {
				continue;
			}
			const name = operationLabel(operation);
			context.report({
				file: 'swagger',
				path: operation.path,
				target: 'key',
				message: `The webhook operation '${name}' is missing notification URL property.`,
				data: { operationId: operation.operationId },
			});
		}
	},
});
