// The errors that are certain stay errors (issue 11): calibration against what Microsoft accepted moved severities by
// evidence, not wholesale. Each case is a minimal connector, checked with every rule under the default profile, that
// Microsoft certainly rejects, and the exact rule that reports it at `error`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_CONFIG, check, parseText, type Finding } from '../server/src/engine/index';
import { RULES } from '../server/src/rules/index';

const OK = { 200: { description: 'OK', schema: { type: 'object', properties: { id: { type: 'string', 'x-ms-summary': 'ID', description: 'The ID.' } } } } };
const operation = (extra: object = {}) => ({ operationId: 'GetItem', summary: 'Get item', description: 'Gets an item.', 'x-ms-visibility': 'important', responses: OK, ...extra });
const parameter = (extra: object) => ({ type: 'string', 'x-ms-summary': 'ID', description: 'The item ID.', ...extra });

/** A connector that passes the certification profile without errors, to vary one thing at a time. */
function swagger(extra: object = {}): string {
	return JSON.stringify(
		{
			swagger: '2.0',
			info: { title: 'Contoso Items', description: 'Manage the items of your Contoso account from your flows.', version: '1.0', contact: { name: 'Contoso', url: 'https://contoso.com', email: 'support@contoso.com' } },
			host: 'api.contoso.com',
			basePath: '/',
			schemes: ['https'],
			produces: ['application/json'],
			paths: { '/items': { get: operation() } },
			securityDefinitions: { api_key: { type: 'apiKey', in: 'header', name: 'X-API-Key' } },
			security: [{ api_key: [] }],
			'x-ms-connector-metadata': [
				{ propertyName: 'Website', propertyValue: 'https://contoso.com' },
				{ propertyName: 'Privacy policy', propertyValue: 'https://contoso.com/privacy' },
				{ propertyName: 'Categories', propertyValue: 'Data' },
			],
			...extra,
		},
		null,
		2,
	);
}

const API_KEY_PROPERTIES = {
	properties: {
		connectionParameters: { api_key: { type: 'securestring', uiDefinition: { displayName: 'API key', description: 'Your Contoso API key.', tooltip: 'Your API key.', constraints: { tabIndex: 2, clearText: false, required: 'true' } } } },
		iconBrandColor: '#0058a9',
		publisher: 'Contoso',
		stackOwner: 'Contoso',
		capabilities: [],
	},
};

function errors(files: { swagger?: string; apiProperties?: object }): string[] {
	const result = check(RULES, { swagger: parseText(files.swagger ?? swagger()), apiProperties: parseText(JSON.stringify(files.apiProperties ?? API_KEY_PROPERTIES, null, 2)) }, DEFAULT_CONFIG);
	return (Object.values(result.findings).flat() as Finding[]).filter((finding) => finding.severity === 'error').map((finding) => `${finding.ruleId} ${finding.jsonPointer}`);
}

test('the baseline connector has no error, so each case below errs for its one change', () => {
	assert.deepEqual(errors({}), []);
});

test('invalid JSON is an error', () => {
	assert.ok(errors({ swagger: swagger().replace('"basePath": "/",', '"basePath": "/"') }).some((e) => e.startsWith('json-syntax ')));
});

test('a Swagger 2.0 schema violation is an error: a parameter without "in", a type outside the enum, paths not an object', () => {
	assert.deepEqual(errors({ swagger: swagger({ paths: { '/items': { get: operation({ parameters: [parameter({ name: 'id' })] }) } } }) }), ['required-property-missing /paths/~1items/get/parameters/0/in']);
	assert.deepEqual(errors({ swagger: swagger({ paths: { '/items': { get: operation({ parameters: [parameter({ name: 'id', in: 'query', type: 'strin' })] }) } } }) }), ['json-value-not-in-enum /paths/~1items/get/parameters/0/type']);
	assert.deepEqual(errors({ swagger: swagger({ paths: [] }) }), ['json-type-incorrect /paths']);
});

test('an unresolved $ref is an error', () => {
	const response = { 200: { description: 'OK', schema: { $ref: '#/definitions/Item' } } };
	assert.deepEqual(errors({ swagger: swagger({ paths: { '/items': { get: operation({ responses: response }) } } }) }), ['schema-reference-not-found /paths/~1items/get/responses/200/schema/$ref']);
});

test('duplicate operationIds are an error', () => {
	const found = errors({ swagger: swagger({ paths: { '/items': { get: operation() }, '/things': { get: operation() } } }) });
	assert.ok(found.length > 0 && found.every((e) => e.startsWith('operation-id-not-unique ')), found.join('; '));
});

test('a path parameter missing from its template, and a template variable without its parameter, are errors', () => {
	const notInTemplate = { '/items': { get: operation({ parameters: [parameter({ name: 'id', in: 'path', required: true, 'x-ms-url-encoding': 'single' })] }) } };
	assert.deepEqual(errors({ swagger: swagger({ paths: notInTemplate }) }), ['path-parameter-not-defined-in-template /paths/~1items/get/parameters/0/name']);
	const noParameter = { '/items/{id}': { get: operation() } };
	assert.deepEqual(errors({ swagger: swagger({ paths: noParameter }) }).map((e) => e.split(' ')[0]), ['operation-missing-path-parameter']);
});

test('client-certificate sign-in and the client-credentials flow are errors', () => {
	const certificate = {
		properties: {
			...API_KEY_PROPERTIES.properties,
			connectionParameters: {
				token: { type: 'oauthSetting', oAuthSettings: { identityProvider: 'aadcertificate', clientId: '[[DUMMY]]', scopes: [], redirectMode: 'GlobalPerConnector', customParameters: { resourceUri: { value: 'https://contoso.com' } } } },
			},
		},
	};
	assert.ok(errors({ apiProperties: certificate }).some((e) => e.startsWith('auth-type-supported ')));
	const clientCredentials = { securityDefinitions: { oauth: { type: 'oauth2', flow: 'application', tokenUrl: 'https://login.contoso.com/token', scopes: {} } }, security: [{ oauth: [] }] };
	assert.ok(errors({ swagger: swagger(clientCredentials) }).some((e) => e.startsWith('oauth-no-client-credentials ')));
});
