import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { APS_IDENTITY_PROVIDERS } from './_connectionParameters';

/**
 * An `identityProvider` outside Microsoft's apiProperties schema list (oauth2, oauth2generic, aad, aadcertificate,
 * facebook). The schema does not close the list and a certified connector uses `DocuSign`, so an unknown value is a
 * warning; a known value in the wrong case gets a "did you mean". A missing or non-string value is left to
 * `api-properties-schema`.
 */
export default defineRule({
	id: 'oauth-identity-provider',
	severity: 'warning',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['APS'], basis: 'should' },
	description: 'An OAuth identityProvider should be one of oauth2, oauth2generic, aad, aadcertificate or facebook.',
	fixable: false,
	files: ['apiProperties'],
	options: {
		providers: {
			type: 'string[]',
			default: [...APS_IDENTITY_PROVIDERS],
			description: 'The identity providers accepted without a finding.',
		},
	},
	check(context) {
		const providers = context.option<readonly string[] | null>('providers') ?? APS_IDENTITY_PROVIDERS;
		const known = new Set(providers);
		for (const settings of context.apiProperties!.oauthSettings()) {
			const provider = settings.identityProvider;
			if (provider === undefined || known.has(provider)) {
				continue;
			}
			const sameButCase = providers.find((candidate) => candidate.toLowerCase() === provider.toLowerCase());
			context.report({
				file: 'apiProperties',
				path: [...settings.path, 'identityProvider'],
				message:
					sameButCase !== undefined
						? `The identity provider '${provider}' is not recognized; identity providers are case-sensitive: use '${sameButCase}'.`
						: `The identity provider '${provider}' is not one of: ${providers.join(', ')}.`,
				data: { value: provider, suggestion: sameButCase, allowed: providers },
			});
		}
	},
});
