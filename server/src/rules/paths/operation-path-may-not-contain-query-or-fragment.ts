import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { isPathKey } from './_pathsParams';

/** A query string or fragment in a path key: query values belong in `in: query` parameters. */
export default defineRule({
	id: 'operation-path-may-not-contain-query-or-fragment',
	msCode: 'OperationPathMayNotContainQueryOrFragment',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: 'A path must not contain a query part (?) or a fragment (#).',
	fixable: false,
	files: ['swagger'],
	check(context) {
		for (const item of context.swagger!.pathItems()) {
			const key = item.pathKey;
			if (!isPathKey(key) || !(key.includes('?') || key.includes('#'))) {
				continue;
			}
			context.report({
				file: 'swagger',
				path: item.path,
				target: 'key',
				message: "The path is not valid, it must not contain a query part or fragment identifier. To include '?' or '#' characters in the path, they must be URL encoded.",
				data: { pathKey: key },
			});
		}
	},
});
