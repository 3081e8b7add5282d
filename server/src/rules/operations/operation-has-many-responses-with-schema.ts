import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { operationLabel } from '../shared/operationLabel';

/** More than one response (after `$ref`) with a `schema`: the designer uses only one of them for the outputs. */
export default defineRule({
	id: 'operation-has-many-responses-with-schema',
	msCode: 'OperationHasManyResponsesWithSchema',
	severity: 'warning',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'should' },
	description: 'An operation should define a schema on only one of its responses.',
	fixable: false,
	reportsBeside: {
		'operation-should-have-successful-response': 'too many response schemas, not a missing success response',
	},
	files: ['swagger'],
	check(context) {
		const swagger = context.swagger!;
		for (const operation of swagger.operations()) {
			const withSchema = swagger.responses(operation).filter((response) => response.value?.schema !== undefined);
			if (withSchema.length < 2) {
				continue;
			}
			context.report({
				file: 'swagger',
				path: [...operation.path, 'responses'],
				target: 'key',
				message: `The operation '${operationLabel(operation)}' has more than one response with specified schema, only one schema will be used in the designer.`,
				data: { operationId: operation.operationId, statuses: withSchema.map((response) => response.status) },
				related: withSchema.map((response) => ({
					file: 'swagger' as const,
					path: [...response.definitionPath, 'schema'],
					target: 'key' as const,
					message: `The '${response.status}' response has a schema.`,
				})),
			});
		}
	},
});
