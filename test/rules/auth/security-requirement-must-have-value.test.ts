import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/auth/security-requirement-must-have-value';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

const securityDefinitions = {
	apiKey: { type: 'apiKey', name: 'X-Api-Key', in: 'header' },
	oauth: { type: 'oauth2', flow: 'accessCode', authorizationUrl: 'https://login.contoso.com/authorize', tokenUrl: 'https://login.contoso.com/token', scopes: { 'invoices.read': 'Read invoices' } },
};

test('security-requirement-must-have-value fires on a null requirement value', () => {
	const swagger = textOf(swaggerWith({ '/invoices': { get: { security: [{ apiKey: null }], responses: { '200': { description: 'OK' } } } } }, { securityDefinitions }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'security-requirement-must-have-value', file: 'swagger', message: "The security requirement 'apiKey' must have have a value. Provide an empty array if no OAuth scopes are required.", range: rangeOf(swagger, 'null'), jsonPointer: '/paths/~1invoices/get/security/0/apiKey' },
	]);
});

test('security-requirement-must-have-value does not fire on arrays', () => {
	const swagger = swaggerWith({ '/invoices': { get: { security: [{ apiKey: [] }], responses: { '200': { description: 'OK' } } } } }, { securityDefinitions, security: [{ oauth: ['invoices.read'] }] });
	assert.deepEqual(runRule(rule, { swagger }), []);
});
