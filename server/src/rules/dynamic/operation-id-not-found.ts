import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { operationIdReferences } from '../../core/dynamic';

/**
 * An operationId that a dynamic extension, `x-ms-notification`, `x-ms-operation-context` or the root file picker
 * (`x-ms-capabilities.file-picker`) invokes must name an operation of this document. (`testConnection` has its own
 * rule, test-connection-op-exists.)
 */
export default defineRule({
	id: 'operation-id-not-found',
	msCode: 'OperationIdNotFound',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR', 'TC'], basis: 'validator-rejects' },
	description: 'An operationId referenced by a dynamic extension, notification, operation context or file picker must exist.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		const swagger = context.swagger!;
		for (const reference of operationIdReferences(swagger)) {
			// A non-string operationId is a shape error (dynamic-*-shape); an empty one names nothing either.
			if (typeof reference.operationId !== 'string' || swagger.operationsById().has(reference.operationId)) {
				continue;
			}
			context.report({
				file: 'swagger',
				path: reference.path,
				message: "The 'operationId' could not be found in this swagger document.",
				data: { operationId: reference.operationId, source: reference.source },
			});
		}
	},
});
