/**
 * Shared by the apiProperties.json connection-parameter rules (rules.md §5, §8): identity providers, OAuth custom
 * parameters, secret-looking names and a parameter's UI flags.
 */
import type { ConnectionParameterInfo } from '../../core/apiProperties';
import { isObject } from '../../core/refs';

/** The identity providers Microsoft's apiProperties schema (APS) lists. */
export const APS_IDENTITY_PROVIDERS: readonly string[] = ['oauth2', 'oauth2generic', 'aad', 'aadcertificate', 'facebook'];

/** The Azure AD providers, which need a `resourceUri` custom parameter. */
export const AAD_PROVIDERS: ReadonlySet<string> = new Set(['aad', 'aadcertificate']);

/** The `value` of an OAuth custom parameter (`customParameters.<key>.value`), when it is a string. */
export function customParameterValue(settings: Record<string, unknown>, key: string): string | undefined {
	const custom = settings.customParameters;
	if (!isObject(custom) || !isObject(custom[key])) {
		return undefined;
	}
	const value = (custom[key] as Record<string, unknown>).value;
	return typeof value === 'string' ? value : undefined;
}

/** A parameter's `uiDefinition.constraints`, when it is an object. */
export function constraintsOf(parameter: ConnectionParameterInfo): Record<string, unknown> | undefined {
	const ui = parameter.value?.uiDefinition;
	return isObject(ui) && isObject(ui.constraints) ? ui.constraints : undefined;
}

/** True when the parameter is hidden from the connection dialog (`"hidden": "true"`, or a boolean true). */
export function isHidden(parameter: ConnectionParameterInfo): boolean {
	const hidden = constraintsOf(parameter)?.hidden;
	return hidden === 'true' || hidden === true;
}

/** The words of a parameter name: `clientSecret` → client, secret; `api_key` → api, key; `token:TenantId` → token, tenant, id. */
export function nameWords(name: string): string[] {
	return name
		.replace(/([a-z0-9])([A-Z])/g, '$1 $2')
		.replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
		.split(/[^A-Za-z0-9]+/)
		.filter((word) => word !== '')
		.map((word) => word.toLowerCase());
}

/** Last words that mark a credential: `apiKey`, `clientSecret`, `password`, `accessToken`, `pat`… */
const SECRET_WORDS = new Set(['key', 'apikey', 'secret', 'password', 'passwd', 'pwd', 'passphrase', 'token', 'pat']);

/** True when a parameter name reads as a credential (judged on its last word, so `tokenUrl` or `keyVaultName` do not). */
export function looksSecret(name: string): boolean {
	if (name.includes(':')) {
		// `token:TenantId`, `token:clientId`…: platform sub-parameters whose types are fixed.
		return false;
	}
	const words = nameWords(name);
	return words.length > 0 && SECRET_WORDS.has(words[words.length - 1]);
}
