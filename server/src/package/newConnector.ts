/**
 * The files of a new connector (`connector-certify new`): a definition with one example operation, apiProperties.json
 * for the chosen authentication and a complete readme.md, together clean under the certification profile apart from
 * the icon the author still has to draw. What the author must replace is Contoso's (the host, the sign-in URLs, the
 * web site and contact), so it is obvious without being template text that rules reject.
 */
import { TITLE_RESTRICTED_WORDS, charLength, restrictedWordsIn } from '../core/strings';
import { withoutTrailingPunctuation, withoutWords, wordsOf } from '../core/wording';
import { renderReadme, type ReadmeAuth } from './readme';
import type { NewAuth, NewKind } from '../core/connector';
import { AGENTIC_PROTOCOL_KEY, MCP_STREAMABLE_PROTOCOL } from '../core/mcp';

export interface NewConnectorOptions {
	/** The connector title (info.title), already within the title rules (see `connectorTitleFromName`). */
	readonly name: string;
	readonly auth: NewAuth;
	/** A REST connector with one example operation (the default), or an MCP server connector (docs/mcp-connectors.md). */
	readonly kind?: NewKind;
	/** The publisher and stack owner; defaults to Contoso, Microsoft's example company. */
	readonly publisher?: string;
	/** For the repository's independent-publisher-connectors tree, whose connectors must use its brand colour. */
	readonly independentPublisher?: boolean;
}

export interface NewConnectorFiles {
	readonly 'apiDefinition.swagger.json': string;
	readonly 'apiProperties.json': string;
	readonly 'readme.md': string;
}

/** The longest connector title certification accepts (info-title-max-30). */
const MAX_TITLE = 30;

/** The brand colour of a new connector; the icon's background must then be this colour (icon-matches-brand-color). */
export const NEW_BRAND_COLOR = '#0058a9';

/** The colour every Independent Publisher connector must use (icon-brand-color-ip). */
const INDEPENDENT_PUBLISHER_COLOR = '#da3b01';

const HOST = 'api.contoso.com';
const SITE = 'https://www.contoso.com';
const OAUTH_SCOPE = 'items.read';

const DANGLING = /^(and|or|for|of|the|a|an|in|on|to|with|from|by|via|at)$/i;

/**
 * A connector title from a folder name: `my-widgets` → "My Widgets", `contosoNotes` → "Contoso Notes". Accents are
 * dropped and only Latin letters and digits kept (the title must be English and end alphanumerically), the words
 * certification forbids in a title (API, Connector, product names) are left out, and the result is cut at a word
 * boundary to 30 characters. Undefined when nothing usable remains.
 */
export function connectorTitleFromName(name: string): string | undefined {
	const ascii = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
	const capitalized = (text: string) => wordsOf(text).map((word) => word.charAt(0).toUpperCase() + word.slice(1));
	let title = capitalized(ascii).join(' ');
	const restricted = restrictedWordsIn(title, TITLE_RESTRICTED_WORDS);
	if (restricted.length > 0) {
		title = capitalized(withoutTrailingPunctuation(withoutWords(title, restricted))).join(' ');
	}
	const kept: string[] = [];
	for (const word of title.split(' ').filter(Boolean)) {
		if (charLength([...kept, word].join(' ')) > MAX_TITLE) {
			// A cut title must not end on a word that joined it to what was cut ("Widgets And").
			while (kept.length > 1 && DANGLING.test(kept[kept.length - 1])) {
				kept.pop();
			}
			break;
		}
		kept.push(word);
	}
	if (kept.length === 0 && title) {
		return title.slice(0, MAX_TITLE); // One word longer than the limit: its start, still letters and digits.
	}
	return kept.join(' ') || undefined;
}

function json(value: unknown): string {
	return `${JSON.stringify(value, null, 2)}\n`;
}

interface AuthParts {
	readonly securityDefinitions?: Record<string, unknown>;
	readonly security?: Record<string, string[]>[];
	readonly connectionParameters?: Record<string, unknown>;
}

/** A required connection parameter the user types in (`what` names it in the description and tooltip); a secret one is masked. */
function typedInParameter(displayName: string, what: string, title: string, tabIndex: number, secret: boolean): Record<string, unknown> {
	return {
		type: secret ? 'securestring' : 'string',
		uiDefinition: {
			displayName,
			description: `The ${what} of your ${title} account.`,
			tooltip: `Provide your ${what}`,
			constraints: { tabIndex, clearText: !secret, required: 'true' },
		},
	};
}

function authParts(auth: NewAuth, title: string): AuthParts {
	switch (auth) {
		case 'oauth2':
			return {
				securityDefinitions: {
					oauth2_auth: {
						type: 'oauth2',
						flow: 'accessCode',
						authorizationUrl: `${SITE}/oauth2/authorize`,
						tokenUrl: `${SITE}/oauth2/token`,
						scopes: { [OAUTH_SCOPE]: 'Read your items.' },
					},
				},
				security: [{ oauth2_auth: [OAUTH_SCOPE] }],
				connectionParameters: {
					token: {
						type: 'oauthSetting',
						oAuthSettings: {
							identityProvider: 'oauth2',
							// The repository takes dummy values only (no-secrets-in-repo); the real id goes in at deployment.
							clientId: '[[DUMMY]]',
							scopes: [OAUTH_SCOPE],
							redirectMode: 'GlobalPerConnector',
							properties: { IsFirstParty: 'False' },
							customParameters: {
								authorizationUrl: { value: `${SITE}/oauth2/authorize` },
								tokenUrl: { value: `${SITE}/oauth2/token` },
								refreshUrl: { value: `${SITE}/oauth2/token` },
							},
						},
					},
				},
			};
		case 'apikey':
			return {
				securityDefinitions: { api_key: { type: 'apiKey', in: 'header', name: 'X-API-Key' } },
				security: [{ api_key: [] }],
				connectionParameters: { api_key: typedInParameter('API Key', 'API key', title, 2, true) },
			};
		case 'basic':
			return {
				securityDefinitions: { basic_auth: { type: 'basic' } },
				security: [{ basic_auth: [] }],
				connectionParameters: {
					username: typedInParameter('User name', 'user name', title, 2, false),
					password: typedInParameter('Password', 'password', title, 3, true),
				},
			};
		case 'none':
			return {};
	}
}

const README_AUTH: Readonly<Record<NewAuth, ReadmeAuth>> = { oauth2: 'oauth2', apikey: 'apiKey', basic: 'basic', none: 'none' };

/** The example operation of a REST connector. */
const REST_PATHS = {
	'/items': {
		get: {
			operationId: 'ListItems',
			summary: 'List items',
			description: 'Lists the items in your account, newest first.',
			'x-ms-visibility': 'important',
			parameters: [
				{
					name: 'top',
					in: 'query',
					type: 'integer',
					format: 'int32',
					required: false,
					'x-ms-summary': 'Maximum Count',
					description: 'The largest number of items to return.',
					'x-ms-visibility': 'advanced',
				},
			],
			responses: {
				'200': {
					description: 'The items.',
					schema: {
						type: 'object',
						properties: {
							value: {
								type: 'array',
								'x-ms-summary': 'Items',
								description: 'The items, newest first.',
								items: { $ref: '#/definitions/Item' },
							},
						},
					},
				},
			},
		},
	},
};

/** The schema its response refers to. */
const REST_DEFINITIONS = {
	Item: {
		type: 'object',
		properties: {
			id: { type: 'string', 'x-ms-summary': 'Item ID', description: 'The identifier of the item.' },
			name: { type: 'string', 'x-ms-summary': 'Name', description: 'The name of the item.' },
			createdAt: { type: 'string', format: 'date-time', 'x-ms-summary': 'Created At', description: 'When the item was created.' },
		},
	},
};

/**
 * The public shape of an MCP server connector: one POST at /mcp declaring the Streamable HTTP protocol, with a 200
 * response and no schema (the payload is JSON-RPC), and the internal GET Streamable HTTP may open as its event stream.
 */
function mcpPaths(title: string): Record<string, unknown> {
	return {
		'/mcp': {
			post: {
				operationId: 'InvokeMCP',
				summary: `${title} MCP server`,
				description: `Gives an agent the tools of the ${title} MCP server.`,
				[AGENTIC_PROTOCOL_KEY]: MCP_STREAMABLE_PROTOCOL,
				responses: { '200': { description: 'The MCP server answered.' } },
			},
			get: {
				operationId: 'InvokeMCPStream',
				summary: `${title} MCP event stream`,
				description: `Opens the event stream of the ${title} MCP server.`,
				'x-ms-visibility': 'internal',
				[AGENTIC_PROTOCOL_KEY]: MCP_STREAMABLE_PROTOCOL,
				responses: { '200': { description: 'The event stream is open.' } },
			},
		},
	};
}

function swaggerOf(title: string, description: string, parts: AuthParts, kind: NewKind): unknown {
	return {
		swagger: '2.0',
		info: {
			title,
			description,
			version: '1.0',
			contact: { name: 'Contoso Support', url: `${SITE}/support`, email: 'support@contoso.com' },
		},
		host: HOST,
		basePath: kind === 'mcp' ? '/' : '/v1',
		schemes: ['https'],
		consumes: ['application/json'],
		produces: ['application/json'],
		paths: kind === 'mcp' ? mcpPaths(title) : REST_PATHS,
		definitions: kind === 'mcp' ? {} : REST_DEFINITIONS,
		parameters: {},
		responses: {},
		securityDefinitions: parts.securityDefinitions ?? {},
		security: parts.security ?? [],
		tags: [],
		'x-ms-connector-metadata': [
			{ propertyName: 'Website', propertyValue: SITE },
			{ propertyName: 'Privacy policy', propertyValue: `${SITE}/privacy` },
			{ propertyName: 'Categories', propertyValue: kind === 'mcp' ? 'AI;Productivity' : 'Productivity' },
		],
	};
}

/** The three files' text (JSON with two-space indentation), each ending with a newline. */
export function newConnectorFiles(options: NewConnectorOptions): NewConnectorFiles {
	const title = options.name;
	const mcp = options.kind === 'mcp';
	// Example text about Contoso-style items, true of the example operation; the author rewrites it with the paths.
	const description = mcp
		? `${title} runs an MCP server whose tools work with the items of your team. This connector lets agents use those tools.`
		: `${title} keeps a list of items for your team. This connector lets flows and apps list those items.`;
	const publisher = options.publisher ?? 'Contoso';
	const parts = authParts(options.auth, title);
	const apiProperties = {
		properties: {
			connectionParameters: parts.connectionParameters ?? {},
			iconBrandColor: options.independentPublisher ? INDEPENDENT_PUBLISHER_COLOR : NEW_BRAND_COLOR,
			capabilities: [],
			publisher,
			stackOwner: publisher,
		},
	};
	const readme = renderReadme({
		title,
		intro: description,
		publisher,
		prerequisites: [options.auth === 'none' ? `- Nothing but network access: ${title} answers these operations without an account.` : `- An account with ${title}.`],
		operations: mcp ? [{ heading: `${title} MCP server`, text: `Gives an agent the tools of the ${title} MCP server.` }] : [{ heading: 'List items', text: 'Lists the items in your account, newest first.' }],
		auth: README_AUTH[options.auth],
		service: title,
		gettingStarted: [
			mcp
				? `Add the connector to an agent as an MCP server${options.auth === 'none' ? '' : `, and create its connection with your ${title} account`}: the agent gets the tools the server lists.`
				: options.auth === 'none'
					? 'Add the List items action to a flow or an app: its connection needs no credentials.'
					: `Create a connection with your ${title} account, then add the List items action to a flow or an app.`,
		],
		knownIssues: ['There are no known issues at this time.'],
	});
	return {
		'apiDefinition.swagger.json': json(swaggerOf(title, description, parts, options.kind ?? 'rest')),
		'apiProperties.json': json(apiProperties),
		'readme.md': readme,
	};
}
