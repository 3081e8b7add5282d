import { FROM_CERTIFICATION, defineRule } from '../engine/types';
import { isWebhookRegistration, operationName } from './_triggers';

/**
 * WH: "The OpenAPI definition must include a definition for how to delete the webhook." The platform deletes the
 * webhook (a DELETE on the URL the registration returned in `Location`) when the flow is changed or deleted.
 */
export default defineRule({
	id: 'webhook-delete-op',
	severity: 'error',
	profiles: FROM_CERTIFICATION,
	description: 'A connector with a webhook trigger must define a delete operation to remove the webhook.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		const swagger = context.swagger!;
		const operations = swagger.operations();
		if (operations.some((operation) => operation.method === 'delete')) {
			return;
		}
		for (const operation of operations) {
			if (!isWebhookRegistration(swagger, operation)) {
				continue;
			}
			context.report({
				file: 'swagger',
				path: [...operation.path, 'x-ms-trigger'],
				target: 'key',
				message: `The webhook trigger '${operationName(operation)}' has no delete operation: the definition must include how to delete the webhook.`,
				data: { operationId: operation.operationId },
			});
		}
	},
});
