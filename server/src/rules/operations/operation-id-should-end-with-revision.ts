import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { apiAnnotation } from './_operations';

/**
 * A revision 2+ operation whose operationId lacks the `V<revision>` suffix. The suffix may be preceded by `_`
 * (`GetItems_V2`, Microsoft's deprecation page) or not (`GetItemsV2`), in any case.
 */
export default defineRule({
	id: 'operation-id-should-end-with-revision',
	msCode: 'OperationIdShouldEndWithRevision',
	severity: 'warning',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR', 'DEP'], basis: 'should' },
	description: "The operationId of a revision 2 or later should end with its revision suffix, such as 'V2'.",
	fixable: false,
	files: ['swagger'],
	check(context) {
		for (const operation of context.swagger!.operations()) {
			const revision = apiAnnotation(operation)?.revision;
			const operationId = operation.operationId;
			if (typeof revision !== 'number' || !Number.isInteger(revision) || revision <= 1 || operationId === undefined) {
				continue;
			}
			const suffix = `V${revision}`;
			if (operationId.toUpperCase().endsWith(suffix)) {
				continue;
			}
			context.report({
				file: 'swagger',
				path: [...operation.path, 'operationId'],
				message: `The operation Id '${operationId}' should end with revision suffix '${suffix}'.`,
				data: { operationId, revision, suffix },
			});
		}
	},
});
