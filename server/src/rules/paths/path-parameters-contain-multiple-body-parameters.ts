import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { pathParameterLists, useAnchor } from './_pathsParams';

/** A path item's own `parameters` list with more than one `in: body` entry. */
export default defineRule({
	id: 'path-parameters-contain-multiple-body-parameters',
	msCode: 'PathParametersContainMultipleBodyParameters',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: "A path item's parameters must contain at most one body parameter.",
	fixable: false,
	files: ['swagger'],
	check(context) {
		for (const { pathKey, parameters } of pathParameterLists(context.swagger!)) {
			const bodies = parameters.filter((p) => p.in === 'body');
			if (bodies.length < 2) {
				continue;
			}
			// Once per path, on the second body parameter.
			context.report({
				file: 'swagger',
				...useAnchor(bodies[1]),
				message: `The path '${pathKey}' contains multiple parameters in the location 'body', at most one is allowed.`,
				data: { pathKey, names: bodies.map((p) => p.name) },
			});
		}
	},
});
