import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { reportOnce } from './_pathsParams';
import { operationLabel } from '../shared/operationLabel';

/** One request cannot have both a JSON-style body and form fields. */
export default defineRule({
	id: 'parameter-list-contains-form-data-and-body',
	msCode: 'ParameterListContainsFormDataAndBody',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: 'An operation must not have both a body parameter and formData parameters.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		const report = reportOnce(context);
		for (const operation of context.swagger!.operations()) {
			const body = operation.parameters.some((p) => p.in === 'body');
			const form = operation.parameters.some((p) => p.in === 'formData');
			if (!body || !form) {
				continue;
			}
			// On the operation's own list when it contributes one of the two, else once on the path item's list.
			const own = operation.parameters.some((p) => p.level === 'operation' && (p.in === 'body' || p.in === 'formData'));
			report({
				file: 'swagger',
				path: own ? [...operation.path, 'parameters'] : ['paths', operation.pathKey, 'parameters'],
				target: 'key',
				message: "The 'parameters' list defines both a 'body' parameter, and a 'formData' parameter. Only one of these location types can be used in an operation.",
				data: { operationId: operation.operationId, operation: operationLabel(operation) },
			});
		}
	},
});
