import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { isWebhookRegistration } from '../shared/triggers';

/**
 * `x-ms-notification` links a trigger to the webhook that delivers its events; a webhook registration is itself that
 * webhook, so it must not carry the extension.
 */
export default defineRule({
	id: 'notification-extension-not-supported-in-webhook-operation',
	msCode: 'NotificationExtensionNotSupportedInWebhookOperation',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: 'A webhook operation must not define the x-ms-notification extension.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		const swagger = context.swagger!;
		for (const operation of swagger.operations()) {
			if (operation.value['x-ms-notification'] === undefined || !isWebhookRegistration(swagger, operation)) {
				continue;
			}
			context.report({
				file: 'swagger',
				path: [...operation.path, 'x-ms-notification'],
				target: 'key',
				message: "The 'x-ms-notification' extension must not be defined in a webhook operation.",
				data: { operationId: operation.operationId },
			});
		}
	},
});
