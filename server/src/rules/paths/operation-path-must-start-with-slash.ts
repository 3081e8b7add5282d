import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { isPathKey } from './_pathsParams';

/** Path keys are appended to `basePath` and must start with `/` (keys starting with `x-` are extensions, not paths). */
export default defineRule({
	id: 'operation-path-must-start-with-slash',
	msCode: 'OperationPathMustStartWithSlash',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: 'A path must start with a / character.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		for (const item of context.swagger!.pathItems()) {
			const key = item.pathKey;
			if (!isPathKey(key) || key.startsWith('/')) {
				continue;
			}
			context.report({
				file: 'swagger',
				path: item.path,
				target: 'key',
				message: "The path is not valid, it must start with a '/' character.",
				data: { pathKey: key },
			});
		}
	},
});
