import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { notificationContent, notificationUrlProperties } from '../shared/triggers';
import { operationLabel } from '../shared/operationLabel';

/**
 * An operation whose body carries a notification URL registers a webhook; the designer learns the shape of the events
 * from `x-ms-notification-content` (on the operation or its path item), so it must be there.
 */
export default defineRule({
	id: 'operation-must-have-notification-content-extension',
	msCode: 'OperationMustHaveNotificationContentExtension',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: 'An operation with a notification URL property must define x-ms-notification-content.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		const swagger = context.swagger!;
		for (const operation of swagger.operations()) {
			const properties = notificationUrlProperties(swagger, operation);
			if (properties.length === 0 || notificationContent(swagger, operation)) {
				continue;
			}
			const names = [...new Set(properties.map((property) => property.name))];
			context.report({
				file: 'swagger',
				path: operation.path,
				target: 'key',
				message: `The operation '${operationLabel(operation)}' is missing notification content extension as it has '${names.join(', ')}' properties marked as notification URL.`,
				data: { operationId: operation.operationId, properties: names },
			});
		}
	},
});
