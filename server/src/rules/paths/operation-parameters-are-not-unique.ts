import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { duplicateEntries, operationLevelParameters, useAnchor } from './_pathsParams';
import { operationLabel } from '../shared/operationLabel';

/**
 * The same parameter listed twice in one operation: two `$ref`s to one definition, or two identical copies. (Two
 * different parameters sharing a name and location are operation-parameters-contain-duplicate-parameter.)
 */
export default defineRule({
	id: 'operation-parameters-are-not-unique',
	msCode: 'OperationParametersAreNotUnique',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: 'An operation must not list the same parameter twice.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		for (const operation of context.swagger!.operations()) {
			for (const duplicate of duplicateEntries(operationLevelParameters(operation))) {
				if (!duplicate.identical) {
					continue;
				}
				context.report({
					file: 'swagger',
					...useAnchor(duplicate.entry, 'name'),
					message: `The parameters in the operation '${operationLabel(operation)}' are not unique.`,
					data: { operationId: operation.operationId, name: duplicate.entry.name, in: duplicate.entry.in },
					related: [{ file: 'swagger', ...useAnchor(duplicate.first, 'name'), message: 'The first occurrence of the parameter.' }],
				});
			}
		}
	},
});
