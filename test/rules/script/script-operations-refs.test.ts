import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/script/script-operations-refs';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

const swagger = swaggerWith({ '/invoices': { get: { operationId: 'ListInvoices', responses: { 200: { description: 'OK' } } } } });

test('script-operations-refs fires on an operationId the definition does not have', () => {
	const apiProperties = textOf({ properties: { iconBrandColor: '#0058a9', scriptOperations: ['ListInvoices', 'ListInvoice'] } });
	assert.deepEqual(summarize(runRule(rule, { swagger, apiProperties })), [
		{
			ruleId: 'script-operations-refs',
			file: 'apiProperties',
			message: "The 'operationId' could not be found in this swagger document: scriptOperations lists 'ListInvoice', which is not an operation of apiDefinition.swagger.json.",
			range: rangeOf(apiProperties, '"ListInvoice"'),
			jsonPointer: '/properties/scriptOperations/1',
		},
	]);
});

test('script-operations-refs does not fire on known ids, an empty list, or without a definition', () => {
	assert.deepEqual(runRule(rule, { swagger, apiProperties: { properties: { scriptOperations: ['ListInvoices'] } } }), []);
	assert.deepEqual(runRule(rule, { swagger, apiProperties: { properties: { scriptOperations: [] } } }), []);
	assert.deepEqual(runRule(rule, { apiProperties: { properties: { scriptOperations: ['X'] } } }), []);
});
