import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { isPathKey, parsePathTemplate } from './_pathsParams';

/** A `{name=value}` path variable: defaults belong on the parameter, not in the template. */
export default defineRule({
	id: 'operation-path-variables-contain-defaults',
	msCode: 'OperationPathVariablesContainDefaults',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: 'A path variable must not set a default value with =.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		for (const item of context.swagger!.pathItems()) {
			const key = item.pathKey;
			if (!isPathKey(key) || !(parsePathTemplate(key).variables.some((v) => v.includes('=')))) {
				continue;
			}
			context.report({
				file: 'swagger',
				path: item.path,
				target: 'key',
				message: "The operation path template variables cannot set default values with character '='.",
				data: { pathKey: key },
			});
		}
	},
});
