import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/auth/oauth-security-requirement-value-must-be-scope-name';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

const securityDefinitions = {
	apiKey: { type: 'apiKey', name: 'X-Api-Key', in: 'header' },
	oauth: { type: 'oauth2', flow: 'accessCode', authorizationUrl: 'https://login.contoso.com/authorize', tokenUrl: 'https://login.contoso.com/token', scopes: { 'invoices.read': 'Read invoices' } },
};

test('oauth-security-requirement-value-must-be-scope-name fires on an undeclared scope', () => {
	const swagger = textOf(swaggerWith({ '/invoices': { get: { security: [{ oauth: ['invoices.read', 'invoices.write'] }], responses: { '200': { description: 'OK' } } } } }, { securityDefinitions }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'oauth-security-requirement-value-must-be-scope-name',
			file: 'swagger',
			message: "The OAuth security requirement 'oauth' refers to scope name 'invoices.write', but this is not defined in the 'securityDefinitions' object.",
			range: rangeOf(swagger, '"invoices.write"'),
			jsonPointer: '/paths/~1invoices/get/security/0/oauth/1',
		},
	]);
});

test('oauth-security-requirement-value-must-be-scope-name does not fire on declared scopes', () => {
	const swagger = swaggerWith({ '/invoices': { get: { security: [{ oauth: ['invoices.read'] }], responses: { '200': { description: 'OK' } } } } }, { securityDefinitions, security: [{ oauth: [] }] });
	assert.deepEqual(runRule(rule, { swagger }), []);
});
