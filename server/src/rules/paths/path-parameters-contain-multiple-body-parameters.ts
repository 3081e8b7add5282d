import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { isPathKey, pathLevelParameters, useAnchor } from './_pathsParams';

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
		const swagger = context.swagger!;
		for (const item of swagger.pathItems()) {
			if (!isPathKey(item.pathKey)) {
				continue;
			}
			const bodies = pathLevelParameters(swagger, item.pathKey).filter((p) => p.in === 'body');
			if (bodies.length < 2) {
				continue;
			}
			// Once per path, on the second body parameter.
			context.report({
				file: 'swagger',
				...useAnchor(bodies[1]),
				message: `The path '${item.pathKey}' contains multiple parameters in the location 'body', at most one is allowed.`,
				data: { pathKey: item.pathKey, names: bodies.map((p) => p.name) },
			});
		}
	},
});
