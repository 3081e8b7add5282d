import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { operationSchemaCount } from './_operations';

/** An operation whose expanded input and output schemas exceed Microsoft's unpublished limit; off until set. */
export default defineRule({
	id: 'operation-schema-count-exceeds-max-allowed',
	msCode: 'OperationSchemaCountExceedsMaxAllowed',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: "The number of schemas in an operation's body and responses must not exceed the configured maximum.",
	fixable: false,
	files: ['swagger'],
	options: {
		max: {
			type: 'number',
			default: null,
			description: "The most schemas one operation may contain, $refs expanded (Microsoft's unpublished limit); null turns the check off.",
		},
	},
	check(context) {
		const max = context.option<number | null>('max');
		if (typeof max !== 'number') {
			return;
		}
		const swagger = context.swagger!;
		for (const operation of swagger.operations()) {
			const count = operationSchemaCount(swagger, operation, max);
			if (count > max) {
				context.report({
					file: 'swagger',
					path: operation.path,
					target: 'key',
					message: `The total number of schemas in the operation has exceeded the maximum allowed value of '${max}'. Please remove any unnecessary property or item definitions.`,
					data: { operationId: operation.operationId, max },
				});
			}
		}
	},
});
