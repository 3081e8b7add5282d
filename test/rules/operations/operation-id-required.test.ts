import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/operations/operation-id-required';
import { applyFix, rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

const MESSAGE = "The operation 'operationId' property is required.";

test('operation-id-required fires on the method key when operationId is missing', () => {
	const swagger = textOf(swaggerWith({ '/invoices': { get: { summary: 'List invoices', responses: { 200: { description: 'OK' } } } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'operation-id-required', file: 'swagger', message: MESSAGE, range: rangeOf(swagger, '"get"'), jsonPointer: '/paths/~1invoices/get/operationId' },
	]);
});

test('operation-id-required fires on a blank operationId value', () => {
	const swagger = textOf(swaggerWith({ '/invoices': { post: { operationId: ' ', responses: { 200: { description: 'OK' } } } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })).map((f) => f.range), [rangeOf(swagger, '" "')]);
});

test('operation-id-required does not fire when every operation has an operationId', () => {
	const swagger = swaggerWith({ '/invoices': { get: { operationId: 'ListInvoices', responses: { 200: { description: 'OK' } } }, parameters: [] } });
	assert.deepEqual(runRule(rule, { swagger }), []);
});

test('operation-id-required fix adds a PascalCase operationId from the method and path, first in the operation', () => {
	const swagger = textOf(swaggerWith({ '/customer-accounts/{accountId}/orders': { get: { summary: 'List orders', responses: {} } } }));
	const [finding] = runRule(rule, { swagger });
	const fixed = applyFix(rule, finding, { swagger });
	assert.equal(fixed.title, 'Add the operationId "GetCustomerAccountsOrdersByAccountId"');
	assert.equal(fixed.placeholder, 'GetCustomerAccountsOrdersByAccountId');
	assert.equal(fixed.text, swagger.replace('"get": {\n', '"get": {\n        "operationId": "GetCustomerAccountsOrdersByAccountId",\n'));
	assert.deepEqual(runRule(rule, { swagger: fixed.text }), []);
});

test('operation-id-required fix keeps ids unique in the file, also between operations fixed together', () => {
	const swagger = textOf(
		swaggerWith({
			'/invoices': { get: { operationId: 'GetInvoices', responses: {} }, post: { operationId: ' ', responses: {} } },
			'/invoices/': { get: { responses: {} } },
			'/invoices//': { get: { responses: {} } },
			'/': { delete: { responses: {} } },
		}),
	);
	const findings = runRule(rule, { swagger });
	assert.deepEqual(findings.map((f) => applyFix(rule, f, { swagger }).placeholder), ['CreateInvoices', 'GetInvoices2', 'GetInvoices3', 'DeleteRoot']);
	assert.equal(applyFix(rule, findings[0], { swagger }).text, swagger.replace('"operationId": " "', '"operationId": "CreateInvoices"'));
});
