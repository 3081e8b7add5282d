/**
 * intro.md in Microsoft's template (rules.md §10): a description paragraph, then exactly its six sections in order.
 * Prefilled from the connector where it can be; credential steps follow the authentication kind, and the
 * credentials section is left out for a connector without authentication, as the template allows. Operations are
 * never listed: certification generates that list.
 */
import { INTRO_HEADINGS } from '../core/intro';
import { isObject } from '../core/refs';
import type { SwaggerModel } from '../core/swagger';
import type { ApiPropertiesModel } from '../core/apiProperties';


/** The redirect URLs an OAuth app must allow for Power Platform connectors (rules.md §5). */
export const OAUTH_REDIRECT_URLS = ['https://global.consent.azure-apim.net/redirect', 'https://global-test.consent.azure-apim.net/redirect'];

/** How a connection signs in, as the generated documents explain it. */
export type AuthKind = 'oauth2' | 'apiKey' | 'basic' | 'none';

/** The connector's authentication kind, from its security definitions and, failing those, its connection parameters. */
export function authKind(swagger: SwaggerModel | undefined, apiProperties: ApiPropertiesModel | undefined): AuthKind {
	const types = new Set((swagger?.securityDefinitions() ?? []).map((definition) => String(definition.value?.type ?? '').toLowerCase()));
	const parameterTypes = new Set((apiProperties?.connectionParameters() ?? []).map((parameter) => parameter.type));
	if (types.has('oauth2') || parameterTypes.has('oauthSetting')) {
		return 'oauth2';
	}
	if (types.has('apikey')) {
		return 'apiKey';
	}
	if (types.has('basic')) {
		return 'basic';
	}
	return parameterTypes.has('securestring') ? 'apiKey' : 'none';
}

/** Markdown lines telling users how to get credentials for `service`; undefined for a connector without authentication. */
export function credentialSteps(kind: AuthKind, service: string): string[] | undefined {
	switch (kind) {
		case 'oauth2':
			return [
				`Users sign in with their ${service} account. To use your own OAuth app:`,
				'',
				`1. Register an app in the ${service} developer portal.`,
				`2. Add these redirect URLs to the app: ${OAUTH_REDIRECT_URLS.map((url) => `\`${url}\``).join(' and ')}.`,
				'3. Grant the scopes the connector needs, then copy the client ID and client secret into the connection.',
			];
		case 'apiKey':
			return [`Create an API key in your ${service} account settings and paste it when you create the connection.`];
		case 'basic':
			return [`Use the user name and password of your ${service} account when you create the connection.`];
		case 'none':
			return undefined;
	}
}

export function introTemplate(swagger: SwaggerModel | undefined, apiProperties: ApiPropertiesModel | undefined): string {
	const info = isObject(swagger?.root.info) ? swagger!.root.info : {};
	const named = typeof info.title === 'string' && info.title.trim() ? info.title.trim() : undefined;
	const title = named ?? 'the service';
	const lines = [
		// A starting point that is deliberately not info.description: the template asks for a distinct paragraph.
		`Describe ${title} for someone who has never used it: what the service is, what this connector lets them automate, and who it is for (one paragraph, at most eight sentences, different from the connector's description).`,
		'',
		INTRO_HEADINGS[0],
		`- An account with ${title}.`,
		'',
	];
	// Without a title the steps say "their service account", "the service developer portal".
	const steps = credentialSteps(authKind(swagger, apiProperties), named ?? 'service');
	if (steps) {
		lines.push(INTRO_HEADINGS[1], ...steps, '');
	}
	lines.push(
		INTRO_HEADINGS[2],
		'Describe a first flow or app that uses the connector, step by step.',
		'',
		INTRO_HEADINGS[3],
		'List limits (throttling, sizes) and behaviours users should know.',
		'',
		INTRO_HEADINGS[4],
		'List the errors users may see and how to resolve each.',
		'',
		INTRO_HEADINGS[5],
		'Answer the questions users ask most.',
		'',
	);
	return lines.join('\n');
}
