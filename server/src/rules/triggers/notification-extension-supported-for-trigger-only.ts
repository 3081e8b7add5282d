import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { isTrigger } from '../shared/triggers';

/** `x-ms-notification` only has a meaning on a trigger (an operation with `x-ms-trigger`). */
export default defineRule({
	id: 'notification-extension-supported-for-trigger-only',
	msCode: 'NotificationExtensionSupportedForTriggerOnly',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: 'The x-ms-notification extension is allowed on trigger operations only.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		for (const operation of context.swagger!.operations()) {
			if (operation.value['x-ms-notification'] === undefined || isTrigger(operation)) {
				continue;
			}
			context.report({
				file: 'swagger',
				path: [...operation.path, 'x-ms-notification'],
				target: 'key',
				message: "The 'x-ms-notification' is supported for trigger operations only.",
				data: { operationId: operation.operationId },
			});
		}
	},
});
