import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { isTrigger, notificationContent, notificationUrlProperties, policiesFor } from '../shared/triggers';
import { operationLabel } from '../shared/operationLabel';
import { isInternal } from '../../core/strings';

/**
 * PT: a polling trigger answers 202 (with `Location` and `retry-after`) until there is new data, then 200 with the
 * data, newest first; the state it polls from travels in an internal parameter with a default (`$filter`, a
 * timestamp). A `pollingtrigger` policy in apiProperties implements that contract for the operation, so it is exempt.
 */
export default defineRule({
	id: 'polling-trigger-contract',
	severity: 'information',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['PT'], basis: 'guidance' },
	description: 'A polling trigger should document a 202 response and keep its state in an internal parameter with a default.',
	fixable: false,
	files: ['swagger', 'apiProperties'],
	check(context) {
		const swagger = context.swagger;
		if (!swagger) {
			return;
		}
		for (const operation of swagger.operations()) {
			if (!isTrigger(operation) || notificationContent(swagger, operation) || notificationUrlProperties(swagger, operation).length > 0) {
				continue;
			}
			if (policiesFor(context.apiProperties, ['pollingtrigger'], operation.operationId).length > 0) {
				continue;
			}
			const missing: string[] = [];
			if (!swagger.responses(operation).some((response) => response.status === '202')) {
				missing.push('202 response');
			}
			const hasState = operation.parameters.some((parameter) => parameter.value?.in !== 'body' && isInternal(parameter.value) && parameter.value?.default !== undefined);
			if (!hasState) {
				missing.push('internal state parameter with a default');
			}
			if (missing.length === 0) {
				continue;
			}
			context.report({
				file: 'swagger',
				path: [...operation.path, 'x-ms-trigger'],
				target: 'key',
				message: `The polling trigger '${operationLabel(operation)}' has no ${missing.join(' and no ')}; polling triggers answer 202 until new data exists and track their state in an internal parameter.`,
				data: { operationId: operation.operationId, missing },
			});
		}
	},
});
