import { FROM_CERTIFICATION, defineRule } from '../../engine/types';

/**
 * apiProperties `scriptOperations` lists the operationIds that run through script.csx (empty = all). An id that is
 * not in the definition is a typo or a renamed operation: the script silently stops running for it (rules.md §8, §13).
 */
export default defineRule({
	id: 'script-operations-refs',
	msCode: 'OperationIdNotFound',
	severity: 'error',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['CC'], basis: 'validator-rejects' },
	description: 'Every operationId in scriptOperations must exist in the definition.',
	fixable: false,
	files: ['apiProperties'],
	check(context) {
		const swagger = context.swagger;
		const list = context.apiProperties!.properties.scriptOperations;
		if (!swagger || !Array.isArray(list)) {
			return;
		}
		list.forEach((operationId, index) => {
			if (typeof operationId === 'string' && !swagger.operationById(operationId)) {
				context.report({
					file: 'apiProperties',
					path: ['properties', 'scriptOperations', index],
					message: `The 'operationId' could not be found in this swagger document: scriptOperations lists '${operationId}', which is not an operation of apiDefinition.swagger.json.`,
					data: { operationId },
				});
			}
		});
	},
});
