import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { isObject } from '../../core/refs';

/** APS: the `aadcertificate` identity provider "is only supported for 1st party AAD apps" (`properties.IsFirstParty`). */
export default defineRule({
	id: 'oauth-aadcertificate-first-party',
	severity: 'error',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['APS'], basis: 'certification-must' },
	description: "The aadcertificate identity provider requires 'properties.IsFirstParty' set to \"True\".",
	fixable: false,
	files: ['apiProperties'],
	check(context) {
		for (const settings of context.apiProperties!.oauthSettings()) {
			if (settings.identityProvider !== 'aadcertificate') {
				continue;
			}
			const properties = settings.value.properties;
			const flag = isObject(properties) ? properties.IsFirstParty : undefined;
			if (flag === 'True') {
				continue;
			}
			context.report({
				file: 'apiProperties',
				path: isObject(properties) ? [...settings.path, 'properties', 'IsFirstParty'] : [...settings.path, 'properties'],
				target: flag === undefined ? 'missing' : 'value',
				message: "The 'aadcertificate' identity provider is only supported for first-party AAD apps: 'properties.IsFirstParty' must be \"True\".",
				data: { parameter: settings.parameter.name, value: flag },
			});
		}
	},
});
