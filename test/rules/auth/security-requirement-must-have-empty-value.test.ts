import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/auth/security-requirement-must-have-empty-value';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

const securityDefinitions = {
	apiKey: { type: 'apiKey', name: 'X-Api-Key', in: 'header' },
	oauth: { type: 'oauth2', flow: 'accessCode', authorizationUrl: 'https://login.contoso.com/authorize', tokenUrl: 'https://login.contoso.com/token', scopes: { 'invoices.read': 'Read invoices' } },
};

test('security-requirement-must-have-empty-value fires when an API key requirement lists scopes', () => {
	const swagger = textOf(swaggerWith({ '/invoices': { get: { security: [{ oauth: ['invoices.read'] }], responses: { '200': { description: 'OK' } } } } }, { securityDefinitions, security: [{ apiKey: ['read'] }] }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'security-requirement-must-have-empty-value', file: 'swagger', message: "The security requirement 'apiKey' cannot specify any scopes, an empty array should be provided.", range: rangeOf(swagger, '[\n        "read"\n      ]'), jsonPointer: '/security/0/apiKey' },
	]);
});

test('security-requirement-must-have-empty-value does not fire on empty arrays or OAuth scopes', () => {
	const swagger = swaggerWith({ '/invoices': { get: { security: [{ oauth: ['invoices.read'] }], responses: { '200': { description: 'OK' } } } } }, { securityDefinitions, security: [{ apiKey: [] }] });
	assert.deepEqual(runRule(rule, { swagger }), []);
});
