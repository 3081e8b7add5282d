import { FROM_VALIDATOR, defineRule } from '../../engine/types';

/**
 * CP: "Currently, client credentials grant type is not supported by custom connectors." In Swagger 2.0 that grant is
 * the OAuth 2.0 security definition's `flow: application`.
 */
export default defineRule({
	id: 'oauth-no-client-credentials',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['CP'], basis: 'platform-rejects' },
	description: 'An OAuth 2.0 security definition must not use the client credentials flow.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		for (const definition of context.swagger!.securityDefinitions()) {
			const value = definition.value;
			if (typeof value?.type !== 'string' || value.type.toLowerCase() !== 'oauth2') {
				continue;
			}
			if (typeof value.flow === 'string' && value.flow.toLowerCase() === 'application') {
				context.report({
					file: 'swagger',
					path: [...definition.path, 'flow'],
					message: 'Currently, client credentials grant type is not supported by custom connectors.',
					data: { securityDefinition: definition.name, flow: value.flow },
				});
			}
		}
	},
});
