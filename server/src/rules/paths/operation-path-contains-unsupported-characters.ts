import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { isPathKey } from './_pathsParams';

/** Paths are routed literally; a wildcard `*` in a path key is not supported. */
export default defineRule({
	id: 'operation-path-contains-unsupported-characters',
	msCode: 'OperationPathContainsUnsupportedCharacters',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: 'A path must not contain the wildcard character *.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		for (const item of context.swagger!.pathItems()) {
			const key = item.pathKey;
			if (!isPathKey(key) || !(key.includes('*'))) {
				continue;
			}
			context.report({
				file: 'swagger',
				path: item.path,
				target: 'key',
				message: "The operation path cannot contain wildcard character '*'.",
				data: { pathKey: key },
			});
		}
	},
});
