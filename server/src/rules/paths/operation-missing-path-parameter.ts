import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { isPathKey, templateVariableNames } from './_pathsParams';
import { operationLabel } from '../shared/operationLabel';

/** Every `{name}` in a path template needs an `in: path` parameter of that name among the operation's parameters. */
export default defineRule({
	id: 'operation-missing-path-parameter',
	msCode: 'OperationMissingPathParameter',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: 'Every variable of the path template must have a path parameter of the same name.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		for (const operation of context.swagger!.operations()) {
			const variables = isPathKey(operation.pathKey) ? templateVariableNames(operation.pathKey) : undefined;
			if (!variables) {
				continue;
			}
			const defined = new Set(operation.parameters.filter((p) => p.in === 'path').map((p) => p.name));
			for (const name of new Set(variables)) {
				if (defined.has(name)) {
					continue;
				}
				const hasList = Array.isArray(operation.value.parameters);
				context.report({
					file: 'swagger',
					path: hasList ? [...operation.path, 'parameters'] : operation.path,
					target: 'key',
					message: `The operation '${operationLabel(operation)}' does not define the '${name}' parameter which is required by the path.`,
					data: { operationId: operation.operationId, name, pathKey: operation.pathKey, method: operation.method },
				});
			}
		}
	},
});
