import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { duplicateEntries, operationLevelParameters, useAnchor } from './_pathsParams';
import { operationLabel } from '../shared/operationLabel';

/**
 * Two different parameters with the same `name` and `in` in one operation's list. (Exact repeats of one parameter are
 * operation-parameters-are-not-unique; an operation parameter overriding a path-level one is legal.)
 */
export default defineRule({
	id: 'operation-parameters-contain-duplicate-parameter',
	msCode: 'OperationParametersContainDuplicateParameter',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: 'An operation must not have two parameters with the same name and location.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		for (const operation of context.swagger!.operations()) {
			for (const duplicate of duplicateEntries(operationLevelParameters(operation))) {
				if (duplicate.identical) {
					continue;
				}
				const { entry } = duplicate;
				context.report({
					file: 'swagger',
					...useAnchor(entry, 'name'),
					message: `The operation '${operationLabel(operation)}' contains duplicate parameters with name '${entry.name}', location '${entry.in}'.`,
					data: { operationId: operation.operationId, name: entry.name, in: entry.in },
					related: [{ file: 'swagger', ...useAnchor(duplicate.first, 'name'), message: 'The first parameter with this name and location.' }],
				});
			}
		}
	},
});
