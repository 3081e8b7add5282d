import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { isWebhookRegistration } from '../shared/triggers';
import { operationLabel } from '../shared/operationLabel';

/**
 * WH: "The OpenAPI definition must include a definition for how to delete the webhook." The platform deletes the
 * webhook (a DELETE on the URL the registration returned in `Location`) when the flow is changed or deleted.
 */
export default defineRule({
	id: 'webhook-delete-op',
	severity: 'warning',
	profiles: FROM_CERTIFICATION,
	evidence: {
		sources: ['WH'],
		basis: 'reviewers-let-through',
		note: "The webhook page says must, but certified connectors accepted in 2022 and 2024 register webhooks without a delete operation; the platform deletes the webhook at the Location URL the registration returns.",
	},
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
				message: `The webhook trigger '${operationLabel(operation)}' has no delete operation; Microsoft's webhook guide asks the definition to say how to delete the webhook.`,
				data: { operationId: operation.operationId },
			});
		}
	},
});
