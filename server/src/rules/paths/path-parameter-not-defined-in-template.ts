import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { isPathKey, reportOnce, templateVariableNames, useAnchor } from './_pathsParams';

/** An `in: path` parameter whose name is not a `{variable}` of the operation's path is never sent. */
export default defineRule({
	id: 'path-parameter-not-defined-in-template',
	msCode: 'PathParameterNotDefinedInTemplate',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: 'Every path parameter must appear as a variable in the path template.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		const report = reportOnce(context);
		for (const operation of context.swagger!.operations()) {
			const variables = isPathKey(operation.pathKey) ? templateVariableNames(operation.pathKey) : undefined;
			if (!variables) {
				continue;
			}
			for (const parameter of operation.parameters) {
				if (parameter.in !== 'path' || parameter.name === undefined || variables.includes(parameter.name)) {
					continue;
				}
				// Reported where this path uses it: a shared parameter may well be right for other paths.
				report({
					file: 'swagger',
					...useAnchor(parameter, 'name'),
					message: `The 'path' parameter '${parameter.name}' is not defined in the URI path template. To include the parameter as a variable in the path, use '{' and '}' characters to enclose the name of the parameter in the path.`,
					data: { name: parameter.name, pathKey: operation.pathKey },
				});
			}
		}
	},
});
