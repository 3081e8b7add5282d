import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { SUPPORTED_AUTH_SENTENCE, SUPPORTED_SECURITY_TYPES, isFirstParty, securityTypeName, unsupportedParameterAuth } from './_authKinds';

/**
 * SC: a connector "must support one of: OAuth2, anonymous authentication, API key, or basic authentication". Checks
 * both files: the swagger's security definitions, and in apiProperties the `aadcertificate` identity provider (only for
 * first-party Microsoft apps) and connection parameters that ask for a client certificate or Windows authentication.
 */
export default defineRule({
	id: 'auth-type-supported',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SC', 'CP'], basis: 'platform-rejects' },
	description: 'The connector must use OAuth 2.0, API key, basic or no authentication.',
	fixable: false,
	files: ['swagger', 'apiProperties'],
	check(context) {
		for (const definition of context.swagger?.securityDefinitions() ?? []) {
			const type = definition.value?.type;
			// A missing or non-string type is a structure error; the Swagger schema rule reports it.
			if (typeof type !== 'string' || SUPPORTED_SECURITY_TYPES.has(type.toLowerCase())) {
				continue;
			}
			const name = securityTypeName(type);
			context.report({
				file: 'swagger',
				path: [...definition.path, 'type'],
				message: `The security definition '${definition.name}' uses ${name ? `${name} ('${type}')` : `the authentication type '${type}'`}, which custom connectors do not support. ${SUPPORTED_AUTH_SENTENCE}`,
				data: { securityDefinition: definition.name, type },
			});
		}

		const apiProperties = context.apiProperties;
		if (!apiProperties) {
			return;
		}
		for (const settings of apiProperties.oauthSettings()) {
			if (settings.identityProvider?.toLowerCase() !== 'aadcertificate' || isFirstParty(settings.value)) {
				continue;
			}
			context.report({
				file: 'apiProperties',
				path: [...settings.path, 'identityProvider'],
				message: `The identity provider '${settings.identityProvider}' signs in with a client certificate, which is only supported for first-party Microsoft apps ('properties.IsFirstParty' set to "True"). ${SUPPORTED_AUTH_SENTENCE}`,
				data: { parameter: settings.parameter.name, identityProvider: settings.identityProvider },
			});
		}
		for (const parameter of apiProperties.connectionParameters()) {
			for (const found of unsupportedParameterAuth(parameter)) {
				let message: string;
				switch (found.kind) {
					case 'certificate-type':
						message = `The connection parameter '${parameter.name}' has the type '${found.type}': client certificate authentication is not supported by custom connectors. ${SUPPORTED_AUTH_SENTENCE}`;
						break;
					case 'certificate-name':
						message = `The connection parameter '${parameter.name}' asks for a client certificate, which custom connectors do not support. ${SUPPORTED_AUTH_SENTENCE}`;
						break;
					case 'certificate-display-name':
						message = `The connection parameter '${parameter.name}' ("${found.displayName}") asks for a client certificate, which custom connectors do not support. ${SUPPORTED_AUTH_SENTENCE}`;
						break;
					case 'auth-type-value':
						message = `The connection parameter '${parameter.name}' offers ${found.label} ('${found.value}'), which custom connectors do not support. ${SUPPORTED_AUTH_SENTENCE}`;
						break;
				}
				context.report({
					file: 'apiProperties',
					path: found.path,
					target: found.kind === 'certificate-name' ? 'key' : 'value',
					message,
					data: { parameter: parameter.name, kind: found.kind },
				});
			}
		}
	},
});
