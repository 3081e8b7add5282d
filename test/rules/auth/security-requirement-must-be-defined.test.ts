import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/auth/security-requirement-must-be-defined';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

const securityDefinitions = {
	apiKey: { type: 'apiKey', name: 'X-Api-Key', in: 'header' },
	oauth: { type: 'oauth2', flow: 'accessCode', authorizationUrl: 'https://login.contoso.com/authorize', tokenUrl: 'https://login.contoso.com/token', scopes: { 'invoices.read': 'Read invoices' } },
};

test('security-requirement-must-be-defined fires on the key of an undefined scheme, root and operation', () => {
	const swagger = textOf(swaggerWith({ '/invoices': { get: { security: [{ basicAuth: [] }], responses: { '200': { description: 'OK' } } } } }, { securityDefinitions, security: [{ defaultAuth: [] }] }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'security-requirement-must-be-defined', file: 'swagger', message: "The security requirement 'basicAuth' is not defined in the 'securityDefinitions' object (operation GET /invoices).", range: rangeOf(swagger, '"basicAuth"'), jsonPointer: '/paths/~1invoices/get/security/0/basicAuth' },
		{ ruleId: 'security-requirement-must-be-defined', file: 'swagger', message: "The security requirement 'defaultAuth' is not defined in the 'securityDefinitions' object (at /security/0).", range: rangeOf(swagger, '"defaultAuth"'), jsonPointer: '/security/0/defaultAuth' },
	]);
});

test('security-requirement-must-be-defined does not fire on defined schemes or an empty requirement', () => {
	const swagger = swaggerWith({ '/invoices': { get: { security: [{}], responses: { '200': { description: 'OK' } } } } }, { securityDefinitions, security: [{ apiKey: [] }, { oauth: ['invoices.read'] }] });
	assert.deepEqual(runRule(rule, { swagger }), []);
});
