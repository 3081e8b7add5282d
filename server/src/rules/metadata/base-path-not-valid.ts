import { FROM_VALIDATOR, defineRule } from '../../engine/types';

/** SVR `BasePathNotValid` (MSS pattern `^/`). */
export default defineRule({
	id: 'base-path-not-valid',
	msCode: 'BasePathNotValid',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR', 'MSS'], basis: 'validator-rejects' },
	description: "The basePath, if present, must start with a '/'.",
	fixable: false,
	files: ['swagger'],
	check(context) {
		const basePath = context.swagger!.root.basePath;
		if (typeof basePath !== 'string' || basePath.startsWith('/')) {
			return;
		}
		context.report({
			file: 'swagger',
			path: ['basePath'],
			message: "The 'basePath' property, if present, must start with a '/' character.",
			data: { basePath },
		});
	},
});
