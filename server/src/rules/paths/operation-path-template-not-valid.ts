import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { isPathKey, parsePathTemplate } from './_pathsParams';

/** Unbalanced or nested braces, an empty `{}`, or a variable that spans a `/`. */
export default defineRule({
	id: 'operation-path-template-not-valid',
	msCode: 'OperationPathTemplateNotValid',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: 'Each path variable must be enclosed in a matching { and } within one path segment.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		for (const item of context.swagger!.pathItems()) {
			const key = item.pathKey;
			if (!isPathKey(key) || parsePathTemplate(key).valid) {
				continue;
			}
			context.report({
				file: 'swagger',
				path: item.path,
				target: 'key',
				message: "The path is not valid, each path template variable enclosed by '{' and '}' characters must be contained within a single URL segment. Individual '{' or '}' characters which are not enclosing a path template variable must be URL encoded.",
				data: { pathKey: key },
			});
		}
	},
});
