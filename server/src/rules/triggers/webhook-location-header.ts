import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { isObject } from '../../core/refs';
import { isWebhookRegistration } from '../shared/triggers';
import { operationLabel } from '../shared/operationLabel';

/**
 * WH: "the API must include a Location HTTP header in the 201 response at the time the webhook is created"; the
 * platform later sends DELETE to that URL. A registration documented without a `201` response suggests the service
 * answers otherwise. Whether the `201` must also declare `Location` is an option: the header is sent at run time, and
 * most certified webhook connectors do not list it.
 */
export default defineRule({
	id: 'webhook-location-header',
	severity: 'warning',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['WH'], basis: 'should' },
	description: 'A webhook registration should return 201 with a Location header that points at the webhook to delete.',
	fixable: false,
	files: ['swagger'],
	options: {
		requireHeader: { type: 'boolean', default: false, description: 'Also require the 201 response to declare the Location header.' },
	},
	check(context) {
		const swagger = context.swagger!;
		const requireHeader = context.option<boolean>('requireHeader') === true;
		for (const operation of swagger.operations()) {
			if (!isWebhookRegistration(swagger, operation)) {
				continue;
			}
			const name = operationLabel(operation);
			const created = swagger.responses(operation).find((response) => response.status === '201');
			if (!created) {
				context.report({
					file: 'swagger',
					path: [...operation.path, 'responses', '201'],
					target: 'missing',
					message: `The webhook operation '${name}' has no 201 response; the service must answer 201 with a Location header for the webhook to be deleted later.`,
					data: { operationId: operation.operationId, missing: '201' },
				});
				continue;
			}
			const headers = created.value?.headers;
			if (!requireHeader || (isObject(headers) && Object.keys(headers).some((header) => header.toLowerCase() === 'location'))) {
				continue;
			}
			context.report({
				file: 'swagger',
				path: [...created.definitionPath, 'headers', 'Location'],
				target: 'missing',
				message: `The 201 response of webhook operation '${name}' does not declare the Location header that points at the webhook to delete.`,
				data: { operationId: operation.operationId, missing: 'Location' },
			});
		}
	},
});
