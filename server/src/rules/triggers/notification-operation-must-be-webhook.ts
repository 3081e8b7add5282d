import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { isObject } from '../../core/refs';
import { isWebhookRegistration } from '../shared/triggers';

/**
 * `x-ms-notification.operationId` names the webhook registration that delivers the trigger's events: an operation with
 * `x-ms-trigger` and a body property marked `x-ms-notification-url`. An unknown id is `operation-id-not-found`'s case.
 */
export default defineRule({
	id: 'notification-operation-must-be-webhook',
	msCode: 'NotificationOperationMustBeWebhook',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: "The operation named by x-ms-notification's operationId must be a webhook operation.",
	fixable: false,
	files: ['swagger'],
	check(context) {
		const swagger = context.swagger!;
		for (const operation of swagger.operations()) {
			const notification = operation.value['x-ms-notification'];
			if (!isObject(notification) || typeof notification.operationId !== 'string') {
				continue;
			}
			const target = swagger.operationById(notification.operationId);
			if (!target || isWebhookRegistration(swagger, target)) {
				continue;
			}
			context.report({
				file: 'swagger',
				path: [...operation.path, 'x-ms-notification', 'operationId'],
				message: "The 'operationId' property in 'x-ms-notification' extension must be for a webhook operation.",
				data: { operationId: notification.operationId },
			});
		}
	},
});
