import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LineIndex } from '../../../server/src/core/lines';
import rule from '../../../server/src/rules/auth/api-properties-schema';
import { rangeOf, runRule, summarize, textOf } from '../../helpers/ruleTester';

const ID = 'api-properties-schema';

/** A complete, valid apiProperties.json to break in one place per test. */
function apiProps(properties: object = {}, root: object = {}): object {
	return {
		properties: {
			connectionParameters: {
				api_key: { type: 'securestring', uiDefinition: { displayName: 'API Key', description: 'Your API key.', tooltip: 'Your API key.', constraints: { tabIndex: 2, clearText: false, required: 'true' } } },
			},
			iconBrandColor: '#0058a9',
			capabilities: [],
			publisher: 'Contoso',
			stackOwner: 'Contoso',
			...properties,
		},
		...root,
	};
}

function findingsFor(apiProperties: string) {
	return summarize(runRule(rule, { apiProperties })).map(({ ruleId, message, range, jsonPointer }) => ({ ruleId, message, range, jsonPointer }));
}

test('api-properties-schema fires on a property that is not allowed, on its key', () => {
	const text = textOf(apiProps({ iconBrandColour: '#0058a9' }));
	assert.deepEqual(findingsFor(text), [
		{ ruleId: ID, message: "The property 'iconBrandColour' is not allowed and must be removed.", range: rangeOf(text, '"iconBrandColour"'), jsonPointer: '/properties/iconBrandColour' },
	]);
});

test('api-properties-schema fires on an unknown root key; a missing iconBrandColor is icon-brand-color-required\'s', () => {
	const value = apiProps({}, { info: {} }) as { properties: Record<string, unknown> };
	delete value.properties.iconBrandColor;
	const text = textOf(value);
	assert.deepEqual(findingsFor(text), [
		{ ruleId: ID, message: "The property 'info' is not allowed and must be removed.", range: rangeOf(text, '"info"'), jsonPointer: '/info' },
	]);
});

test('api-properties-schema fires on a missing properties object at the root brace', () => {
	const text = '{\n  "$schema": "x"\n}';
	assert.deepEqual(findingsFor(text), [
		{ ruleId: ID, message: "The 'properties' property is required.", range: rangeOf(text, '{'), jsonPointer: '/properties' },
	]);
});

test('api-properties-schema fires on a wrong type, on the value', () => {
	const text = textOf(apiProps({ capabilities: 'actions' }));
	assert.deepEqual(findingsFor(text), [
		{ ruleId: ID, message: "The type of the property is incorrect. Expected type 'array', but value is of type 'string'.", range: rangeOf(text, '"actions"'), jsonPointer: '/properties/capabilities' },
	]);
});

test('api-properties-schema reports a JSON boolean where "true"/"false" strings are expected as a type error', () => {
	const text = textOf(apiProps({ connectionParameters: { api_key: { type: 'securestring', uiDefinition: { constraints: { required: true } } } } }));
	assert.deepEqual(findingsFor(text), [
		{ ruleId: ID, message: "The type of the property is incorrect. Expected type 'string', but value is of type 'boolean'.", range: rangeOf(text, 'true'), jsonPointer: '/properties/connectionParameters/api_key/uiDefinition/constraints/required' },
	]);
});

test('api-properties-schema fires on a value outside an enum', () => {
	const text = textOf(apiProps({ connectionParameters: { token: { type: 'oauthSetting', oAuthSettings: { identityProvider: 'oauth2', redirectMode: 'PerConnector' } } } }));
	assert.deepEqual(findingsFor(text), [
		{ ruleId: ID, message: 'The property value must be one of the following: Global, Direct, GlobalPerConnector.', range: rangeOf(text, '"PerConnector"'), jsonPointer: '/properties/connectionParameters/token/oAuthSettings/redirectMode' },
	]);
});

test('api-properties-schema fires on a connection parameter without type and on an unknown type', () => {
	const text = textOf(apiProps({ connectionParameters: { username: { uiDefinition: { displayName: 'User' } }, port: { type: 'integer' } } }));
	assert.deepEqual(findingsFor(text), [
		{ ruleId: ID, message: "The 'type' property is required.", range: rangeOf(text, '"username"'), jsonPointer: '/properties/connectionParameters/username/type' },
		{ ruleId: ID, message: 'The property value must be one of the following: string, securestring, int, bool, oauthSetting, gatewaySetting.', range: rangeOf(text, '"integer"'), jsonPointer: '/properties/connectionParameters/port/type' },
	]);
});

test('api-properties-schema places errors inside arrays and multi-auth sets', () => {
	const text = textOf(apiProps({
		policyTemplateInstances: [{ templateId: 'setheader', parameters: {} }, { title: 'No template' }],
		connectionParameterSets: { uiDefinition: {}, values: [{ name: 'key', parameters: { key: { type: 'securestring', uiDefinition: { tabindex: 1 } } } }] },
	}));
	assert.deepEqual(findingsFor(text), [
		// An array element without a `name` is pointed at by its opening brace.
		{ ruleId: ID, message: "The 'templateId' property is required.", range: new LineIndex(text).rangeAt(text.lastIndexOf('{', text.indexOf('"No template"')), 1), jsonPointer: '/properties/policyTemplateInstances/1/templateId' },
		{ ruleId: ID, message: "The property 'tabindex' is not allowed and must be removed.", range: rangeOf(text, '"tabindex"'), jsonPointer: '/properties/connectionParameterSets/values/0/parameters/key/uiDefinition/tabindex' },
	]);
});

test('api-properties-schema names the properties not allowed beyond the first four of an object in one finding', () => {
	const text = textOf({ swagger: '2.0', info: {}, host: 'x', basePath: '/', schemes: [], paths: {} });
	assert.deepEqual(findingsFor(text).map((f) => [f.message, f.range]), [
		["The 'properties' property is required.", rangeOf(text, '{')],
		["The property 'swagger' is not allowed and must be removed.", rangeOf(text, '"swagger"')],
		["The property 'info' is not allowed and must be removed.", rangeOf(text, '"info"')],
		["The property 'host' is not allowed and must be removed.", rangeOf(text, '"host"')],
		["The property 'basePath' is not allowed and must be removed.", rangeOf(text, '"basePath"')],
		["These 2 properties are not allowed and must be removed: 'schemes', 'paths'.", rangeOf(text, '"schemes"')],
	]);
});

test('api-properties-schema gives one finding for a root that is not an object', () => {
	const text = '[\n  {"properties": {}}\n]';
	assert.deepEqual(findingsFor(text), [
		{ ruleId: ID, message: "The root of apiProperties.json must be an object with a 'properties' object, but it is of type 'array'.", range: rangeOf(text, text), jsonPointer: '' },
	]);
});

test('api-properties-schema accepts what rules.md §8 adds to the old schema and leaves open values open', () => {
	const apiProperties = apiProps({
		connectionParameters: {
			token: {
				type: 'oauthSetting',
				oAuthSettings: {
					identityProvider: 'DocuSign',
					clientId: 'id',
					scopes: ['signature'],
					redirectMode: 'GlobalPerConnector',
					redirectUrl: 'https://global.consent.azure-apim.net/redirect',
					properties: { IsFirstParty: 'False', IsOnbehalfofLoginSupported: true },
					customParameters: { LoginUri: { value: 'https://account-d.docusign.com' } },
				},
			},
			'token:TenantId': { type: 'string', metadata: { sourceType: 'AzureActiveDirectoryTenant' }, uiDefinition: { constraints: { required: 'false', hidden: 'true' } } },
			region: { type: 'string', allowedValues: [{ value: 'eu' }], defaultValue: 'eu', uiDefinition: { constraints: { allowedValues: [{ text: 'Europe', value: 'eu' }], capability: ['cloud'], dependencies: { token: { values: ['x'] } } } } },
			gateway: { type: 'gatewaySetting', gatewaySettings: { dataSourceType: 'CustomConnector', connectionDetails: [] } },
		},
		connectionParameterSets: { uiDefinition: { displayName: 'Auth' }, values: [{ name: 'key', uiDefinition: { displayName: 'Key' }, parameters: { key: { type: 'securestring' } } }] },
		policyTemplateInstances: [{ templateId: 'somethingNew', title: 'New', type: 'PollingTrigger', parameters: { 'x-ms-apimTemplate-operationName': ['A'] } }],
		scriptOperations: ['FormatQuery'],
		createdBy: 'Contoso',
		contributors: ['Jane'],
		capabilities: ['actions', 'gateway'],
	}, { $schema: 'https://example.com/schema.json' });
	assert.deepEqual(runRule(rule, { apiProperties }), []);
});

test('api-properties-schema leaves a certificate parameter type to auth-type-supported', () => {
	const apiProperties = apiProps({ connectionParameters: { cert: { type: 'clientCertificate' } } });
	assert.deepEqual(runRule(rule, { apiProperties }), []);
});

test('api-properties-schema does not run on a swagger alone', () => {
	assert.deepEqual(runRule(rule, { swagger: { swagger: '2.0' } }), []);
});
