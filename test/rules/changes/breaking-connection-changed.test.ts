import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/changes/breaking-connection-changed';
import { changeData, rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

const ui = (displayName: string, required: boolean) => ({ displayName, description: `The ${displayName}.`, tooltip: `Provide the ${displayName}.`, constraints: { required: String(required) } });
const apiKey = { type: 'securestring', uiDefinition: ui('API key', true) };
const region = (required: boolean) => ({ type: 'string', uiDefinition: ui('region', required) });
const token = (identityProvider: string) => ({ type: 'oauthSetting', oAuthSettings: { identityProvider, clientId: 'client', scopes: [], redirectMode: 'GlobalPerConnector' } });
const apiProperties = (connectionParameters: object) => ({ properties: { iconBrandColor: '#0058a9', capabilities: [], connectionParameters } });
const withSecurity = (securityDefinitions: object) =>
	swaggerWith({ '/items': { get: { operationId: 'ListItems', summary: 'List items', responses: { 200: { description: 'OK' } } } } }, { securityDefinitions });
const apiKeyDefinition = { type: 'apiKey', in: 'header', name: 'X-Api-Key' };
const oauthDefinition = { type: 'oauth2', flow: 'accessCode', authorizationUrl: 'https://login.contoso.com/authorize', tokenUrl: 'https://login.contoso.com/token', scopes: {} };

test('breaking-connection-changed fires on a deleted connection parameter, at the parameters that held it', () => {
	const text = textOf(apiProperties({ api_key: apiKey }));
	const findings = runRule(rule, { apiProperties: text, previous: { apiProperties: apiProperties({ api_key: apiKey, region: region(false) }) } });
	assert.deepEqual(summarize(findings), [
		{
			ruleId: 'breaking-connection-changed',
			file: 'apiProperties',
			message: "The connection parameter has been deleted: existing connections stop working (connection parameter 'region').",
			range: rangeOf(text, '"connectionParameters"'),
			jsonPointer: '/properties/connectionParameters',
		},
	]);
	assert.deepEqual(changeData(findings[0]), { valuePath: 'connectionParameters/region' });
});

test('breaking-connection-changed fires on a connection parameter of another type, at its type', () => {
	const text = textOf(apiProperties({ api_key: { ...apiKey, type: 'string' } }));
	const findings = runRule(rule, { apiProperties: text, previous: { apiProperties: apiProperties({ api_key: apiKey }) } });
	assert.deepEqual(summarize(findings), [
		{
			ruleId: 'breaking-connection-changed',
			file: 'apiProperties',
			message: "The type has been changed for the connection parameter, from 'securestring' to 'string': existing connections stop working (connection parameter 'api_key').",
			range: rangeOf(text, '"string"'),
			jsonPointer: '/properties/connectionParameters/api_key/type',
		},
	]);
	assert.deepEqual(changeData(findings[0]), { valuePath: 'connectionParameters/api_key' });
});

test('breaking-connection-changed fires on another identity provider, at the identity provider', () => {
	const text = textOf(apiProperties({ token: token('oauth2') }));
	const findings = runRule(rule, { apiProperties: text, previous: { apiProperties: apiProperties({ token: token('aad') }) } });
	assert.deepEqual(summarize(findings), [
		{
			ruleId: 'breaking-connection-changed',
			file: 'apiProperties',
			message: "The identity provider has been changed, from 'aad' to 'oauth2': existing connections stop working (connection parameter 'token').",
			range: rangeOf(text, '"oauth2"'),
			jsonPointer: '/properties/connectionParameters/token/oAuthSettings/identityProvider',
		},
	]);
	assert.deepEqual(changeData(findings[0]), { valuePath: 'connectionParameters/token' });
});

test('breaking-connection-changed fires on an added required connection parameter, at its name', () => {
	const text = textOf(apiProperties({ api_key: apiKey, region: region(true) }));
	const findings = runRule(rule, { apiProperties: text, previous: { apiProperties: apiProperties({ api_key: apiKey }) } });
	assert.deepEqual(summarize(findings), [
		{
			ruleId: 'breaking-connection-changed',
			file: 'apiProperties',
			message: "A required connection parameter has been added: existing connections do not have it (connection parameter 'region').",
			range: rangeOf(text, '"region"'),
			jsonPointer: '/properties/connectionParameters/region',
		},
	]);
	assert.deepEqual(changeData(findings[0]), { valuePath: 'connectionParameters/region' });
});

test('breaking-connection-changed names the set of a parameter of a connection parameter set', () => {
	const sets = (identityProvider: string) => ({
		properties: {
			iconBrandColor: '#0058a9',
			capabilities: [],
			connectionParameterSets: {
				uiDefinition: { displayName: 'Authentication type', description: 'Type of authentication to be used.' },
				values: [
					{ name: 'oauth', uiDefinition: { displayName: 'OAuth', description: 'Sign in.' }, parameters: { token: token(identityProvider) } },
					{ name: 'key', uiDefinition: { displayName: 'API key', description: 'Use a key.' }, parameters: { api_key: apiKey } },
				],
			},
		},
	});
	const text = textOf(sets('oauth2'));
	const findings = runRule(rule, { apiProperties: text, previous: { apiProperties: sets('aad') } });
	assert.deepEqual(summarize(findings), [
		{
			ruleId: 'breaking-connection-changed',
			file: 'apiProperties',
			message: "The identity provider has been changed, from 'aad' to 'oauth2': existing connections stop working (connection parameter 'token' of set 'oauth').",
			range: rangeOf(text, '"oauth2"'),
			jsonPointer: '/properties/connectionParameterSets/values/0/parameters/token/oAuthSettings/identityProvider',
		},
	]);
	assert.deepEqual(changeData(findings[0]), { valuePath: 'connectionParameterSets/oauth/token' });
});

test('breaking-connection-changed fires on an OAuth flow that changed, at the flow', () => {
	const swagger = textOf(withSecurity({ oauth: { ...oauthDefinition, flow: 'implicit' } }));
	const findings = runRule(rule, { swagger, previous: { swagger: withSecurity({ oauth: oauthDefinition }) } });
	assert.deepEqual(summarize(findings), [
		{
			ruleId: 'breaking-connection-changed',
			file: 'swagger',
			message: "The OAuth flow has been changed, from 'accessCode' to 'implicit': existing connections stop working (security definition 'oauth').",
			range: rangeOf(swagger, '"implicit"'),
			jsonPointer: '/securityDefinitions/oauth/flow',
		},
	]);
	assert.deepEqual(changeData(findings[0]), { valuePath: 'securityDefinitions/oauth/flow' });
});

test('breaking-connection-changed leaves another type of authentication, or none, to breaking-auth-type-changed', () => {
	const previous = { swagger: withSecurity({ api_key: apiKeyDefinition }) };
	assert.deepEqual(runRule(rule, { swagger: withSecurity({ api_key: oauthDefinition }), previous }), []);
	assert.deepEqual(runRule(rule, { swagger: withSecurity({}), previous }), []);
});

test('breaking-connection-changed does not fire on an optional parameter added, text edits or a renamed security definition of the same type', () => {
	const previousProperties = apiProperties({ api_key: apiKey, token: token('aad') });
	const apiPropertiesNow = apiProperties({
		api_key: { ...apiKey, uiDefinition: { ...ui('API key', true), description: 'Your Contoso API key.' } },
		token: { ...token('aad'), oAuthSettings: { ...token('aad').oAuthSettings, scopes: ['Items.Read'] } },
		region: region(false),
		site: { type: 'string', uiDefinition: { displayName: 'Site', description: 'The site.', tooltip: 'The site.' } },
	});
	const swagger = withSecurity({ key: { ...apiKeyDefinition, description: 'The API key.' } });
	assert.deepEqual(runRule(rule, { swagger, apiProperties: apiPropertiesNow, previous: { swagger: withSecurity({ api_key: apiKeyDefinition }), apiProperties: previousProperties } }), []);
});

test('breaking-connection-changed does not fire without a previous version', () => {
	const swagger = withSecurity({ api_key: apiKeyDefinition });
	const properties = apiProperties({ api_key: apiKey });
	assert.deepEqual(runRule(rule, { swagger, apiProperties: properties }), []);
	assert.deepEqual(runRule(rule, { swagger, apiProperties: properties, previous: {} }), []);
});
