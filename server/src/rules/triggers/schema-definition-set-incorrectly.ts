import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { hasNotificationSchema, isTrigger } from '../shared/triggers';
import { operationLabel } from '../shared/operationLabel';

/**
 * A trigger's outputs come from the schema of its `200` or `201` response (polling) or from
 * `x-ms-notification-content.schema` (webhook). With neither, the designer shows the trigger without outputs.
 */
export default defineRule({
	id: 'schema-definition-set-incorrectly',
	msCode: 'SchemaDefinitionSetIncorrectly',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: 'A trigger must define an output schema on its 200 or 201 response or in x-ms-notification-content.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		const swagger = context.swagger!;
		for (const operation of swagger.operations()) {
			if (!isTrigger(operation) || hasNotificationSchema(swagger, operation)) {
				continue;
			}
			const responses = swagger.responses(operation);
			if (responses.some((response) => (response.status === '200' || response.status === '201') && response.value?.schema !== undefined)) {
				continue;
			}
			const hasResponses = operation.value.responses !== undefined;
			context.report({
				file: 'swagger',
				path: hasResponses ? [...operation.path, 'responses'] : operation.path,
				target: 'key',
				message: `The operation '${operationLabel(operation)}' should define an output schema on the 200 or 201 response code or in 'x-ms-notification-content' extension for a webhook to be visible in the designer.`,
				data: { operationId: operation.operationId },
			});
		}
	},
});
