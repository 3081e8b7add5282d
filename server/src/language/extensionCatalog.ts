/**
 * What the editor says about each `x-ms-*` key and each enumerated value of a connector file: where a key takes effect,
 * its value type, its allowed values and a short explanation, in our own words, from rules.md (§3, §5, §6, §8) and
 * Microsoft's "Extend an OpenAPI definition" page (EXT). Completion and hover read it; the levels come from the
 * catalog (`core/extensionKeys.ts`) so the editor and the misplaced-key rule agree.
 */
import { KNOWN_EXTENSIONS, LEVEL_NAMES, type ExtensionLevel } from '../core/extensionKeys';
import { CONNECTOR_CATEGORIES } from '../core/metadata';

export type ValueType = 'string' | 'boolean' | 'integer' | 'object' | 'array';

export interface EnumValueFact {
	readonly value: string;
	readonly explanation: string;
}

export interface ExtensionFact {
	readonly key: string;
	/** Where the key takes effect. */
	readonly levels: readonly ExtensionLevel[];
	readonly valueType: ValueType;
	/** The allowed values, for keys whose value is one of a fixed set. */
	readonly values?: readonly EnumValueFact[];
	/** One paragraph: what the key does and what certification expects of it. */
	readonly explanation: string;
	/** The value inserted after `"key": ` by completion, in LSP snippet syntax. */
	readonly valueSnippet: string;
}

export const VISIBILITY_VALUES: readonly EnumValueFact[] = [
	{ value: 'important', explanation: 'Shown first: the operation or parameter is always visible to the user.' },
	{ value: 'advanced', explanation: 'Hidden behind "Show advanced options" (parameters) or "See more" (operations) until the user asks for it.' },
	{
		value: 'internal',
		explanation: 'Never shown to the user. An internal parameter that is required must have a `default`, since nobody can fill it in.',
	},
];

export const TRIGGER_VALUES: readonly EnumValueFact[] = [
	{ value: 'single', explanation: 'The trigger fires once per event and its response is one object. Webhook triggers use `single`.' },
	{ value: 'batch', explanation: 'The trigger returns an array of items and fires once per item. Polling triggers that return lists use `batch`.' },
];

/** The value Copilot Studio recognises on an MCP endpoint (core/mcp; the SSE value is refused by mcp-sse-transport). */
export const AGENTIC_PROTOCOL_VALUES: readonly EnumValueFact[] = [
	{ value: 'mcp-streamable-1.0', explanation: 'A Model Context Protocol server over the Streamable HTTP transport: the only transport Copilot Studio connects to since August 2025.' },
];

export const URL_ENCODING_VALUES: readonly EnumValueFact[] = [
	{ value: 'single', explanation: 'The path parameter is URL-encoded once (the default when the key is absent).' },
	{ value: 'double', explanation: 'The path parameter is URL-encoded twice, for backends that decode the path before routing (values with `/`).' },
];

export const API_ANNOTATION_STATUS_VALUES: readonly EnumValueFact[] = [
	{ value: 'Production', explanation: 'The operation is generally available.' },
	{ value: 'Preview', explanation: 'The operation is in preview: the designer marks it as such.' },
];

/** The categories certification accepts in `x-ms-connector-metadata` (rules.md §3, at most two, `;`-separated). */
export const CATEGORY_VALUES: readonly EnumValueFact[] = CONNECTOR_CATEGORIES.map((value) => ({ value, explanation: `Connector category "${value}". A connector lists at most two categories, separated by a semicolon.` }));

export const METADATA_PROPERTY_NAMES: readonly EnumValueFact[] = [
	{ value: 'Website', explanation: 'Required entry: the absolute URL of the publisher\'s or service\'s website.' },
	{ value: 'Privacy policy', explanation: 'Required entry: the absolute URL of the privacy policy (certification expects this exact casing).' },
	{ value: 'Categories', explanation: 'Required entry: one or two connector categories separated by a semicolon, such as `Productivity;Collaboration`.' },
];

export const IDENTITY_PROVIDER_VALUES: readonly EnumValueFact[] = [
	{ value: 'oauth2', explanation: 'Generic OAuth 2.0 with fixed `authorizationUrl`, `tokenUrl` and `refreshUrl` in `customParameters`.' },
	{ value: 'oauth2generic', explanation: 'Generic OAuth 2.0 whose URLs are templates (`authorizationUrlTemplate`, …) and whose scope delimiter can be set.' },
	{ value: 'aad', explanation: 'Microsoft Entra ID (Azure AD). Requires `customParameters.resourceUri`.' },
	{ value: 'aadcertificate', explanation: 'Microsoft Entra ID with a certificate: only for first-party apps (`properties.IsFirstParty: "True"`); requires `resourceUri`.' },
	{ value: 'facebook', explanation: 'Facebook\'s OAuth provider.' },
];

export const REDIRECT_MODE_VALUES: readonly EnumValueFact[] = [
	{
		value: 'GlobalPerConnector',
		explanation: 'A redirect URI unique to this connector. Certification requires it (reviewers reject the older modes, although the schema still lists only Global and Direct).',
	},
	{ value: 'Global', explanation: 'The shared redirect URI `https://global.consent.azure-apim.net/redirect`. Not accepted for new certified connectors.' },
	{ value: 'Direct', explanation: 'The service redirects straight to the connector\'s own URL. Not accepted for new certified connectors.' },
];

export const CONNECTION_PARAMETER_TYPES: readonly EnumValueFact[] = [
	{ value: 'string', explanation: 'A plain text value the user types when creating the connection.' },
	{ value: 'securestring', explanation: 'A secret (API key, password): stored encrypted and never shown again. Use it for anything secret.' },
	{ value: 'int', explanation: 'An integer value.' },
	{ value: 'bool', explanation: 'A true/false value.' },
	{ value: 'oauthSetting', explanation: 'OAuth 2.0 sign-in: the parameter carries `oAuthSettings` (identity provider, client id, scopes, redirect mode).' },
	{ value: 'gatewaySetting', explanation: 'An on-premises data gateway selection.' },
];

export const POLICY_TEMPLATE_IDS: readonly EnumValueFact[] = [
	{ value: 'convertarraytoobject', explanation: 'Converts an array in the request or response into an object.' },
	{ value: 'convertobjecttoarray', explanation: 'Converts an object in the request or response into an array.' },
	{ value: 'dynamichosturl', explanation: 'Sets the host URL from a template (`x-ms-apimTemplateParameter.urlTemplate`), typically built from connection parameters: the way to vary the host, since `host` cannot hold a template.' },
	{ value: 'encodepropertyvalue', explanation: 'Encodes a property value (for example Base64) before the request is sent.' },
	{ value: 'pollingtrigger', explanation: 'Turns an operation into a polling trigger (`triggerConfig`, `triggerDataPath`).' },
	{ value: 'routerequesttoendpoint', explanation: 'Sends the request to another path (`x-ms-apimTemplateParameter.newPath`).' },
	{ value: 'setheader', explanation: 'Sets an HTTP header (`name`, `value`, `existsAction`) on the request or response.' },
	{ value: 'setproperty', explanation: 'Sets a property in the request or response body.' },
	{ value: 'setqueryparameter', explanation: 'Sets a query parameter (`name`, `value`, `existsAction`).' },
	{ value: 'setvaluefromurl', explanation: 'Sets a value from the response of a call to another URL.' },
	{ value: 'stringreplace', explanation: 'Replaces text in a property value.' },
	{ value: 'stringtoarray', explanation: 'Splits a delimited string into an array.' },
	{ value: 'updatenextlink', explanation: 'Rewrites the next-page link of a paged response (`nextLinkPropertyName`); pairs with `x-ms-pageable`.' },
];

export const POLICY_SECTION_VALUES: readonly EnumValueFact[] = [
	{ value: 'Request', explanation: 'The policy runs on the request, before it reaches the backend.' },
	{ value: 'Response', explanation: 'The policy runs on the backend\'s response.' },
	{ value: 'Failure', explanation: 'The policy runs when the call fails (only `setheader` supports it).' },
];

export const EXISTS_ACTION_VALUES: readonly EnumValueFact[] = [
	{ value: 'override', explanation: 'Replaces a value that is already there.' },
	{ value: 'skip', explanation: 'Keeps a value that is already there.' },
	{ value: 'append', explanation: 'Adds to a value that is already there.' },
];

export const API_CAPABILITY_VALUES: readonly EnumValueFact[] = [
	{ value: 'actions', explanation: 'The connector offers actions.' },
	{ value: 'triggers', explanation: 'The connector offers triggers.' },
];

interface FactText {
	readonly valueType: ValueType;
	readonly values?: readonly EnumValueFact[];
	readonly explanation: string;
	readonly valueSnippet: string;
}

function choice(values: readonly EnumValueFact[]): string {
	return `"\${1|${values.map((v) => v.value).join(',')}|}"`;
}

const TEXTS: Readonly<Record<string, FactText>> = {
	'x-ms-connector-metadata': {
		valueType: 'array',
		explanation:
			'Connector metadata shown on the connector\'s page: a list of `{ "propertyName", "propertyValue" }` entries. Certification requires `Website`, `Privacy policy` and `Categories` (one or two allowed categories separated by `;`).',
		valueSnippet:
			'[\n\t{ "propertyName": "Website", "propertyValue": "${1:https://www.example.com}" },\n\t{ "propertyName": "Privacy policy", "propertyValue": "${2:https://www.example.com/privacy}" },\n\t{ "propertyName": "Categories", "propertyValue": "${3|AI,Business Management,Business Intelligence,Collaboration,Commerce,Communication,Content and Files,Finance,Data,Human Resources,Internet of Things,IT Operations,Lifestyle and Entertainment,Marketing,Productivity,Sales and CRM,Security,Social Media,Website|}" }\n]',
	},
	'x-ms-capabilities': {
		valueType: 'object',
		explanation:
			'Capabilities. At the root: `testConnection` (the operation called to check a new connection; it must exist, be a GET and need no user input) and `file-picker` (the `open` and `browse` operations of a file picker, which needs `x-ms-dynamic-tree`). On an operation: `chunkTransfer: true` when the operation accepts uploads in chunks.',
		valueSnippet: '{\n\t"testConnection": {\n\t\t"operationId": "${1:operationId}"\n\t}\n}',
	},
	'x-ms-openai-manifest': {
		valueType: 'object',
		explanation: 'Describes the connector to Copilot (name, description, logo, contact) for Copilot-enabled connectors.',
		valueSnippet: '{\n\t"humanName": "${1:Name}",\n\t"modelDescription": "${2:What the connector does}",\n\t"contactEmail": "${3:support@example.com}",\n\t"legalInfoUrl": "${4:https://www.example.com/legal}"\n}',
	},
	'x-ms-api-annotation': {
		valueType: 'object',
		explanation:
			'Versioning of an operation: `family` (the name shared by the revisions of an operation), `revision` (an integer from 1) and `replacement` (`api`, `operationId`) pointing at the operation that supersedes it; `status` is `Production` or `Preview`.',
		valueSnippet: '{\n\t"family": "${1:family}",\n\t"revision": ${2:1}\n}',
	},
	'x-ms-deployment-version': {
		valueType: 'string',
		explanation: 'The deployed version of the definition, set by the service.',
		valueSnippet: '"${1:1.0.0}"',
	},
	'x-ms-visibility': {
		valueType: 'string',
		values: VISIBILITY_VALUES,
		explanation:
			'How prominently the designer shows an operation, parameter or property: `important`, `advanced` or `internal`. A required internal parameter must have a default value.',
		valueSnippet: choice(VISIBILITY_VALUES),
	},
	'x-ms-summary': {
		valueType: 'string',
		explanation: 'The display name of a parameter or property in the designer, in title case (for example "Calendar ID"). Certification expects one on every parameter.',
		valueSnippet: '"${1:Display Name}"',
	},
	'x-ms-agentic-protocol': {
		valueType: 'string',
		values: AGENTIC_PROTOCOL_VALUES,
		explanation:
			'Makes the operation an MCP server endpoint that Copilot Studio agents connect to (JSON-RPC over Streamable HTTP): a `post`, usually at `/mcp`, with a `200` response and no schema. The agent gets the tools the server lists; `connector-certify mcp-probe` reports which of them Copilot Studio would drop or mangle.',
		valueSnippet: choice(AGENTIC_PROTOCOL_VALUES),
	},
	'x-ms-trigger': {
		valueType: 'string',
		values: TRIGGER_VALUES,
		explanation: 'Makes the operation a trigger: `single` (one event, object response) or `batch` (array response, one run per item). Without it the operation is an action.',
		valueSnippet: choice(TRIGGER_VALUES),
	},
	'x-ms-trigger-hint': {
		valueType: 'string',
		explanation: 'Tells the user how to make the trigger fire while testing a flow (for example "To see it work, add a task in Outlook.").',
		valueSnippet: '"${1:To see it work, }"',
	},
	'x-ms-trigger-metadata': {
		valueType: 'object',
		explanation: 'Marks a polling trigger: `{ "kind": "query", "mode": "polling" }`.',
		valueSnippet: '{\n\t"kind": "query",\n\t"mode": "polling"\n}',
	},
	'x-ms-notification': {
		valueType: 'object',
		explanation:
			'On a trigger that is not itself a webhook: names (`operationId`) the webhook operation that delivers its notifications. Only triggers may carry it.',
		valueSnippet: '{\n\t"operationId": "${1:operationId}"\n}',
	},
	'x-ms-notification-content': {
		valueType: 'object',
		explanation: 'The schema of the payload a webhook posts to the notification URL (`schema`), with an optional `description`. It defines the trigger\'s outputs.',
		valueSnippet: '{\n\t"description": "${1:Notification payload}",\n\t"schema": {\n\t\t"$ref": "#/definitions/${2:WebhookPayload}"\n\t}\n}',
	},
	'x-ms-notification-url': {
		valueType: 'boolean',
		explanation:
			'`true` on the body property of a webhook registration that receives the callback URL. It must be a string, internal (itself or a parent) and required all the way up to the body parameter.',
		valueSnippet: 'true',
	},
	'x-ms-operation-context': {
		valueType: 'object',
		explanation: 'Lets the designer simulate the trigger when testing a flow: `simulate` names an `operationId` and the `parameters` to call it with.',
		valueSnippet: '{\n\t"simulate": {\n\t\t"operationId": "${1:operationId}",\n\t\t"parameters": {}\n\t}\n}',
	},
	'x-ms-no-generic-test': {
		valueType: 'boolean',
		explanation: '`true` excludes the operation from Microsoft\'s generic automated tests.',
		valueSnippet: 'true',
	},
	'x-ms-pageable': {
		valueType: 'object',
		explanation: 'The operation returns results in pages: `nextLinkName` names the response property holding the next page\'s URL. Pair it with the `updatenextlink` policy when the link needs rewriting.',
		valueSnippet: '{\n\t"nextLinkName": "${1:nextLink}"\n}',
	},
	'x-ms-openai-data': {
		valueType: 'object',
		explanation: 'Copilot settings for the connector or operation (for example `openai-enabled`, `operations`).',
		valueSnippet: '{\n\t"openai-enabled": ${1:true}\n}',
	},
	'x-ms-url-encoding': {
		valueType: 'string',
		values: URL_ENCODING_VALUES,
		explanation: 'How a path parameter is URL-encoded: `single` (the default) or `double`.',
		valueSnippet: choice(URL_ENCODING_VALUES),
	},
	'x-ms-dynamic-values': {
		valueType: 'object',
		explanation:
			'Fills a dropdown from another operation: `operationId` and `parameters` are required; `value-collection` (path string to the array in the response), `value-path` and `value-title` (inside each item) are optional. Path strings are JSON pointers without the leading `/`.',
		valueSnippet: '{\n\t"operationId": "${1:operationId}",\n\t"parameters": {},\n\t"value-collection": "${2:value}",\n\t"value-path": "${3:id}",\n\t"value-title": "${4:name}"\n}',
	},
	'x-ms-dynamic-list': {
		valueType: 'object',
		explanation:
			'The newer form of dynamic values, with unambiguous parameter references: `operationId` is required; each parameter is `{ "value": … }` or `{ "parameterReference": "name/path" }`; `itemsPath`, `itemValuePath` and `itemTitlePath` are path strings.',
		valueSnippet: '{\n\t"operationId": "${1:operationId}",\n\t"parameters": {},\n\t"itemsPath": "${2:value}",\n\t"itemValuePath": "${3:id}",\n\t"itemTitlePath": "${4:name}"\n}',
	},
	'x-ms-dynamic-schema': {
		valueType: 'object',
		explanation:
			'The schema of a parameter or response comes from another operation at design time: `operationId` (required), `parameters` and `value-path` (path string to the schema in that operation\'s response); no other keys.',
		valueSnippet: '{\n\t"operationId": "${1:operationId}",\n\t"parameters": {},\n\t"value-path": "${2:schema}"\n}',
	},
	'x-ms-dynamic-properties': {
		valueType: 'object',
		explanation:
			'The newer form of dynamic schema, with unambiguous parameter references: `operationId`, `parameters` (`{ "value" }` or `{ "parameterReference" }`) and `itemValuePath` (path string to the schema).',
		valueSnippet: '{\n\t"operationId": "${1:operationId}",\n\t"parameters": {},\n\t"itemValuePath": "${2:schema}"\n}',
	},
	'x-ms-dynamic-tree': {
		valueType: 'object',
		explanation: 'A hierarchical picker (folders, sites): `settings`, `open` (the operation listing the root) and `browse` (the operation listing a node\'s children), each naming an `operationId`.',
		valueSnippet: '{\n\t"settings": {\n\t\t"canSelectParentNodes": ${1:true},\n\t\t"canSelectLeafNodes": ${2:true}\n\t},\n\t"open": {\n\t\t"operationId": "${3:operationId}"\n\t},\n\t"browse": {\n\t\t"operationId": "${4:operationId}"\n\t}\n}',
	},
	'x-ms-enum-values': {
		valueType: 'array',
		explanation: 'Display names for the values of an `enum`: a list of `{ "value", "displayName" }` entries.',
		valueSnippet: '[\n\t{ "value": "${1:value}", "displayName": "${2:Display name}" }\n]',
	},
	'x-ms-test-value': {
		valueType: 'string',
		explanation: 'A value used when Microsoft tests the operation automatically.',
		valueSnippet: '"${1:value}"',
	},
	'x-ms-editor': {
		valueType: 'string',
		explanation: 'The designer control used to edit the value (for example a file picker or a dynamic tree).',
		valueSnippet: '"${1:editor}"',
	},
	'x-ms-editor-options': {
		valueType: 'object',
		explanation: 'Options of the control chosen by `x-ms-editor`.',
		valueSnippet: '{\n\t$1\n}',
	},
};

/** Every known extension key with its facts (levels from the rules' catalog). */
export const EXTENSION_FACTS: readonly ExtensionFact[] = KNOWN_EXTENSIONS.map((known) => {
	const text = TEXTS[known.key] ?? { valueType: 'object', explanation: 'A Power Platform connector extension.', valueSnippet: '$1' };
	return { key: known.key, levels: known.levels, ...text };
});

const FACTS_BY_KEY = new Map(EXTENSION_FACTS.map((fact) => [fact.key, fact]));

export function extensionFact(key: string): ExtensionFact | undefined {
	return FACTS_BY_KEY.get(key);
}

/** The extension keys valid in an object of the given kind. */
export function extensionsAt(level: ExtensionLevel): ExtensionFact[] {
	return EXTENSION_FACTS.filter((fact) => fact.levels.includes(level));
}

/** Keys of a policy instance's `parameters` in apiProperties.json. */
export const POLICY_PARAMETER_KEYS: readonly { key: string; valueType: ValueType; explanation: string; valueSnippet: string }[] = [
	{
		key: 'x-ms-apimTemplate-operationName',
		valueType: 'array',
		explanation: 'The operations (by `operationId`) the policy applies to. Omit it to apply the policy to every operation.',
		valueSnippet: '[\n\t"${1:operationId}"\n]',
	},
	{
		key: 'x-ms-apimTemplate-policySection',
		valueType: 'string',
		explanation: 'When the policy runs: `Request`, `Response` or `Failure`.',
		valueSnippet: choice(POLICY_SECTION_VALUES),
	},
];

/** Markdown for a key: what it is, where it goes, its value type and values. */
export function describeExtension(fact: ExtensionFact): string {
	const where = fact.levels.map((level) => LEVEL_NAMES[level]).join(', ');
	const lines = [`**${fact.key}** (${fact.valueType})`, '', fact.explanation, '', `Valid in: ${where}.`];
	if (fact.values) {
		lines.push('', `Values: ${fact.values.map((v) => `\`${v.value}\``).join(', ')}.`);
	}
	return lines.join('\n');
}
