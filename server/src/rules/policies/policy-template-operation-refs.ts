import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { OPERATION_NAME, parametersOf } from './_policies';

/**
 * `x-ms-apimTemplate-operationName` scopes a policy to some operations. An entry that is not an operationId of the
 * definition is a typo or a renamed operation: the policy silently stops applying to it (rules.md §6, §13).
 */
export default defineRule({
	id: 'policy-template-operation-refs',
	severity: 'warning',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['APS'], basis: 'should' },
	description: 'The operations a policy template instance applies to should be operationIds of the definition.',
	fixable: false,
	files: ['apiProperties'],
	check(context) {
		const swagger = context.swagger;
		if (!swagger) {
			return;
		}
		let byLowerCase: Map<string, string> | undefined;
		for (const instance of context.apiProperties!.policyTemplateInstances()) {
			const names = parametersOf(instance)?.[OPERATION_NAME];
			if (!Array.isArray(names)) {
				continue;
			}
			names.forEach((operationId, index) => {
				if (typeof operationId !== 'string' || swagger.operationById(operationId)) {
					return;
				}
				byLowerCase ??= new Map([...swagger.operationsById().keys()].map((id) => [id.toLowerCase(), id]));
				const suggestion = byLowerCase.get(operationId.toLowerCase());
				context.report({
					file: 'apiProperties',
					path: [...instance.path, 'parameters', OPERATION_NAME, index],
					message: `The policy applies to operation '${operationId}', which is not an operationId of apiDefinition.swagger.json.${suggestion ? ` Did you mean '${suggestion}'?` : ''}`,
					data: { operationId, suggestion },
				});
			});
		}
	},
});
