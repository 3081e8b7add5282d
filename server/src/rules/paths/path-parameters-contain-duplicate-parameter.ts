import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { duplicateEntries, pathParameterLists, useAnchor } from './_pathsParams';

/** Two entries with the same `name` and `in` in a path item's own `parameters` list. */
export default defineRule({
	id: 'path-parameters-contain-duplicate-parameter',
	msCode: 'PathParametersContainDuplicateParameter',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: "A path item's parameters must not contain two parameters with the same name and location.",
	fixable: false,
	files: ['swagger'],
	check(context) {
		for (const { pathKey, parameters } of pathParameterLists(context.swagger!)) {
			for (const { entry, first } of duplicateEntries(parameters)) {
				context.report({
					file: 'swagger',
					...useAnchor(entry, 'name'),
					message: `The path '${pathKey}' contains duplicate parameters with name '${entry.name}', location '${entry.in}'.`,
					data: { pathKey, name: entry.name, in: entry.in },
					related: [{ file: 'swagger', ...useAnchor(first, 'name'), message: 'The first parameter with this name and location.' }],
				});
			}
		}
	},
});
