import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/changes/breaking-auth-type-changed';
import { changeData, rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

const withSecurity = (securityDefinitions: object) =>
	swaggerWith({ '/items': { get: { operationId: 'ListItems', summary: 'List items', responses: { 200: { description: 'OK' } } } } }, { securityDefinitions });
const apiKeyDefinition = { type: 'apiKey', in: 'header', name: 'X-Api-Key' };
const oauthDefinition = { type: 'oauth2', flow: 'accessCode', authorizationUrl: 'https://login.contoso.com/authorize', tokenUrl: 'https://login.contoso.com/token', scopes: {} };

test('breaking-auth-type-changed fires on a security definition of another type, at its type', () => {
	const swagger = textOf(withSecurity({ contoso: oauthDefinition }));
	const findings = runRule(rule, { swagger, previous: { swagger: withSecurity({ contoso: apiKeyDefinition }) } });
	assert.deepEqual(summarize(findings), [
		{
			ruleId: 'breaking-auth-type-changed',
			file: 'swagger',
			message: "The authentication type has been changed, from 'apiKey' to 'oauth2': an update may not change it, and existing connections stop working (security definition 'contoso').",
			range: rangeOf(swagger, '"oauth2"'),
			jsonPointer: '/securityDefinitions/contoso/type',
		},
	]);
	assert.deepEqual(changeData(findings[0]), { valuePath: 'securityDefinitions/contoso' });
});

test('breaking-auth-type-changed compares the only definition, renamed, with the one it replaced', () => {
	const swagger = textOf(withSecurity({ oauth: oauthDefinition }));
	const findings = runRule(rule, { swagger, previous: { swagger: withSecurity({ api_key: apiKeyDefinition }) } });
	assert.deepEqual(summarize(findings), [
		{
			ruleId: 'breaking-auth-type-changed',
			file: 'swagger',
			message: "The authentication type has been changed, from 'apiKey' to 'oauth2': an update may not change it, and existing connections stop working (security definition 'api_key').",
			range: rangeOf(swagger, '"oauth2"'),
			jsonPointer: '/securityDefinitions/oauth/type',
		},
	]);
});

test('breaking-auth-type-changed fires on authentication removed, at the nearest surviving parent', () => {
	const swagger = textOf(withSecurity({}));
	const findings = runRule(rule, { swagger, previous: { swagger: withSecurity({ api_key: apiKeyDefinition }) } });
	assert.deepEqual(summarize(findings), [
		{
			ruleId: 'breaking-auth-type-changed',
			file: 'swagger',
			message: "The 'apiKey' authentication has been removed: an update may not change the authentication type, and existing connections stop working (security definition 'api_key').",
			range: rangeOf(swagger, '"securityDefinitions"'),
			jsonPointer: '/securityDefinitions',
		},
	]);
	assert.deepEqual(changeData(findings[0]), { valuePath: 'securityDefinitions/api_key' });
});

test('breaking-auth-type-changed does not fire on a renamed definition of the same type, another OAuth flow, an added definition, or text edits', () => {
	const previous = { swagger: withSecurity({ api_key: apiKeyDefinition, oauth: oauthDefinition }) };
	// api_key renamed to key beside another definition: an apiKey definition is still there.
	const swagger = withSecurity({ key: { ...apiKeyDefinition, description: 'The API key.' }, oauth: { ...oauthDefinition, flow: 'implicit' }, basic: { type: 'basic' } });
	assert.deepEqual(runRule(rule, { swagger, previous }), []);
	assert.deepEqual(runRule(rule, { swagger: withSecurity({ key: apiKeyDefinition }), previous: { swagger: withSecurity({ api_key: apiKeyDefinition }) } }), []);
});

test('breaking-auth-type-changed does not fire without a previous version', () => {
	assert.deepEqual(runRule(rule, { swagger: withSecurity({ api_key: apiKeyDefinition }) }), []);
	assert.deepEqual(runRule(rule, { swagger: withSecurity({ api_key: apiKeyDefinition }), previous: {} }), []);
});
