import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { useAnchor } from './_pathsParams';
import { operationLabel } from '../shared/operationLabel';

/**
 * More than one `in: body` parameter among an operation's effective parameters, at least one of them the
 * operation's own (two body parameters both on the path item are path-parameters-contain-multiple-body-parameters).
 */
export default defineRule({
	id: 'operation-parameters-contain-multiple-body-parameters',
	msCode: 'OperationParametersContainMultipleBodyParameters',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: 'An operation must have at most one body parameter.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		for (const operation of context.swagger!.operations()) {
			const bodies = operation.parameters.filter((p) => p.in === 'body');
			// The first body the operation itself adds beyond the first one overall.
			const extra = bodies.slice(1).find((p) => p.level === 'operation');
			if (!extra) {
				continue;
			}
			context.report({
				file: 'swagger',
				...useAnchor(extra),
				message: `The operation '${operationLabel(operation)}' contains multiple parameters in the location 'body', at most one is allowed.`,
				data: { operationId: operation.operationId, names: bodies.map((p) => p.name) },
			});
		}
	},
});
