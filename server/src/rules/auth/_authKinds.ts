/**
 * Recognising authentication that custom connectors do not support (rules.md §5, auth-type-supported). Shared by
 * `auth-type-supported`, which reports it, and `api-properties-schema`, which leaves such values to it so that one
 * mistake gives one specific finding instead of a specific one plus a generic enum error.
 */
import type { ConnectionParameterInfo } from '../../core/apiProperties';
import type { JsonPath } from '../../core/json';
import { isObject } from '../../core/refs';

/** SC's wording, appended to every auth-type-supported message. */
export const SUPPORTED_AUTH_SENTENCE = 'A custom connector must support one of: OAuth2, anonymous authentication, API key, or basic authentication.';

/** The Swagger 2.0 security definition types custom connectors accept (compared case-insensitively). */
export const SUPPORTED_SECURITY_TYPES: ReadonlySet<string> = new Set(['oauth2', 'apikey', 'basic']);

/** Readable names for security types from other specifications (OpenAPI 3) that authors paste into Swagger 2.0. */
const SECURITY_TYPE_NAMES: Readonly<Record<string, string>> = {
	openidconnect: 'OpenID Connect',
	mutualtls: 'mutual TLS (client certificate)',
	http: 'HTTP authentication',
};

export function securityTypeName(type: string): string | undefined {
	return SECURITY_TYPE_NAMES[type.toLowerCase()];
}

/** A connection parameter `type` naming a certificate (`clientCertificate`, `certificate`, …): never a valid type. */
export function isCertificateType(type: unknown): type is string {
	return typeof type === 'string' && /cert/i.test(type);
}

/**
 * Parameter names that ask for a client certificate or its password. Matched on the whole name, lower-cased without
 * `_`, `-` or spaces (and after the `token:` prefix), so `certificateId`, `sslCertificateCheck` or `certificateName`
 * (an API about certificates) do not match.
 */
const CERTIFICATE_NAME = /^(client)?(cert|certificate|pfx|p12|pkcs12)(pfx|file|data|content|base64|password|passphrase|pwd)?$/;

/** Display names that ask for a client certificate: "Client certificate", "Certificate (.pfx)", "PFX password"… */
const CERTIFICATE_DISPLAY_NAME = /\bclient[ -]?certificate\b|^certificate(\s*\(\.?pfx\)|\s+file|\s+password|\s+passphrase)?$|\bpfx\b|\bpkcs\s*#?\s*12\b/i;

/** Values of an `authType` parameter that select authentication other than anonymous, basic, API key or OAuth2. */
const UNSUPPORTED_AUTH_VALUES: Readonly<Record<string, string>> = {
	windows: 'Windows authentication',
	ntlm: 'NTLM authentication',
	kerberos: 'Kerberos authentication',
	digest: 'digest authentication',
	certificate: 'client certificate authentication',
	clientcertificate: 'client certificate authentication',
};

export type UnsupportedParameterAuth =
	| { readonly kind: 'certificate-type'; readonly path: JsonPath; readonly type: string }
	| { readonly kind: 'certificate-name'; readonly path: JsonPath }
	| { readonly kind: 'certificate-display-name'; readonly path: JsonPath; readonly displayName: string }
	| { readonly kind: 'auth-type-value'; readonly path: JsonPath; readonly value: string; readonly label: string };

function normalizedName(name: string): string {
	const local = name.includes(':') ? name.slice(name.lastIndexOf(':') + 1) : name;
	return local.toLowerCase().replace(/[\s_-]/g, '');
}

/**
 * What makes a connection parameter ask for unsupported authentication, in order of certainty: a certificate `type`;
 * a text parameter whose name or display name asks for a certificate; an `authType` parameter offering Windows (the
 * on-premises data gateway's choice) or another unsupported scheme. Parameters of an OAuth or gateway type are only
 * checked for their `type`.
 */
export function unsupportedParameterAuth(parameter: ConnectionParameterInfo): UnsupportedParameterAuth[] {
	const value = parameter.value;
	if (!value) {
		return [];
	}
	if (isCertificateType(value.type)) {
		return [{ kind: 'certificate-type', path: [...parameter.path, 'type'], type: value.type }];
	}
	if (value.type !== 'string' && value.type !== 'securestring') {
		return [];
	}
	if (CERTIFICATE_NAME.test(normalizedName(parameter.name))) {
		return [{ kind: 'certificate-name', path: parameter.path }];
	}
	const ui = isObject(value.uiDefinition) ? value.uiDefinition : undefined;
	if (typeof ui?.displayName === 'string' && CERTIFICATE_DISPLAY_NAME.test(ui.displayName.trim())) {
		return [{ kind: 'certificate-display-name', path: [...parameter.path, 'uiDefinition', 'displayName'], displayName: ui.displayName }];
	}
	const found: UnsupportedParameterAuth[] = [];
	const name = normalizedName(parameter.name);
	if (name === 'authtype' || name === 'authenticationtype') {
		const lists: [unknown, JsonPath][] = [[value.allowedValues, [...parameter.path, 'allowedValues']]];
		const constraints = isObject(ui?.constraints) ? ui.constraints : undefined;
		lists.push([constraints?.allowedValues, [...parameter.path, 'uiDefinition', 'constraints', 'allowedValues']]);
		for (const [list, path] of lists) {
			if (!Array.isArray(list)) {
				continue;
			}
			list.forEach((entry, index) => {
				const choice = isObject(entry) ? entry.value : undefined;
				const label = typeof choice === 'string' ? UNSUPPORTED_AUTH_VALUES[choice.toLowerCase().replace(/[\s_-]/g, '')] : undefined;
				if (typeof choice === 'string' && label) {
					found.push({ kind: 'auth-type-value', path: [...path, index, 'value'], value: choice, label });
				}
			});
		}
	}
	return found;
}

/** True when an `oAuthSettings.properties.IsFirstParty` value declares a first-party Microsoft app. */
export function isFirstParty(oauthSettings: Record<string, unknown>): boolean {
	const properties = isObject(oauthSettings.properties) ? oauthSettings.properties : undefined;
	const flag = properties?.IsFirstParty;
	// "True" is the documented form; a JSON boolean is a type error the schema rule reports, not a second auth finding.
	return flag === true || (typeof flag === 'string' && flag.trim().toLowerCase() === 'true');
}
