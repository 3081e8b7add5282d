import { FROM_VALIDATOR, defineRule } from '../../engine/types';

/** `connectionId` is the platform's own parameter name; a connector parameter may not take it, in any case. */
export default defineRule({
	id: 'connection-id-parameter-not-allowed',
	msCode: 'ConnectionIdParameterNotAllowed',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: "A parameter must not be named 'connectionId'.",
	fixable: false,
	files: ['swagger'],
	check(context) {
		for (const parameter of context.swagger!.uniqueParameters()) {
			if (parameter.name === undefined || parameter.name.toLowerCase() !== 'connectionid') {
				continue;
			}
			context.report({
				file: 'swagger',
				path: [...parameter.definitionPath, 'name'],
				message: "A parameter cannot be named as 'connectionId'.",
				data: { name: parameter.name, in: parameter.in },
			});
		}
	},
});
