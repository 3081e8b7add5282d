import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { isObject } from '../../core/refs';
import { AAD_PROVIDERS, customParameterValue } from './_connectionParameters';

/**
 * APS: the `aad` and `aadcertificate` identity providers require `customParameters.resourceUri` (the token audience).
 * A value that is present but not a string (e.g. a number) is reported on the value.
 */
export default defineRule({
	id: 'oauth-aad-resource-uri',
	severity: 'error',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['APS'], basis: 'certification-must' },
	description: "Azure AD OAuth settings (aad, aadcertificate) must set the 'resourceUri' custom parameter.",
	fixable: false,
	files: ['apiProperties'],
	check(context) {
		for (const settings of context.apiProperties!.oauthSettings()) {
			const provider = settings.identityProvider;
			if (provider === undefined || !AAD_PROVIDERS.has(provider)) {
				continue;
			}
			const custom = settings.value.customParameters;
			const entry = isObject(custom) ? custom.resourceUri : undefined;
			// An empty value is accepted: with Azure AD v2 scopes the resource comes from the scopes (a certified
			// connector ships `"value": ""`). Only a missing parameter is reported, as APS requires the key.
			if (customParameterValue(settings.value, 'resourceUri') !== undefined) {
				continue;
			}
			const path = !isObject(custom)
				? [...settings.path, 'customParameters']
				: !isObject(entry)
					? [...settings.path, 'customParameters', 'resourceUri']
					: [...settings.path, 'customParameters', 'resourceUri', 'value'];
			const present = isObject(entry) && entry.value !== undefined && entry.value !== null;
			context.report({
				file: 'apiProperties',
				path,
				target: present ? 'value' : 'missing',
				message: `The '${provider}' identity provider requires the 'resourceUri' custom parameter: the URI of the resource the token is for.`,
				data: { parameter: settings.parameter.name, identityProvider: provider },
			});
		}
	},
});
