import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { isTrigger, notificationUrlProperties } from '../shared/triggers';
import { operationLabel } from '../shared/operationLabel';

/**
 * WH: `"x-ms-trigger": "single"` "tells Logic Apps and Power Automate to display this webhook in the list of
 * available triggers in the designer, so be sure to include it." A registration (a body with a notification URL)
 * without `x-ms-trigger` is not offered as a trigger.
 */
export default defineRule({
	id: 'webhook-trigger-single',
	severity: 'warning',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['WH'], basis: 'should' },
	description: 'An operation that registers a webhook should declare "x-ms-trigger": "single".',
	fixable: false,
	files: ['swagger'],
	check(context) {
		const swagger = context.swagger!;
		for (const operation of swagger.operations()) {
			if (isTrigger(operation) || notificationUrlProperties(swagger, operation).length === 0) {
				continue;
			}
			context.report({
				file: 'swagger',
				path: [...operation.path, 'x-ms-trigger'],
				target: 'missing',
				message: `The operation '${operationLabel(operation)}' registers a webhook but has no "x-ms-trigger": "single", so the designer does not list it as a trigger.`,
				data: { operationId: operation.operationId },
			});
		}
	},
});
