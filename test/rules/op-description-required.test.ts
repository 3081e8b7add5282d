import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../server/src/rules/op-description-required';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../helpers/ruleTester';

test('op-description-required fires on the operation key when description is missing', () => {
	const swagger = textOf(swaggerWith({ '/invoices': { get: { operationId: 'ListInvoices', summary: 'List invoices', responses: { 200: { description: 'OK' } } } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'op-description-required', file: 'swagger', message: "The 'description' property is required.", range: rangeOf(swagger, '"get"'), jsonPointer: '/paths/~1invoices/get/description' },
	]);
});

test('op-description-required fires on an empty description value', () => {
	const swagger = textOf(swaggerWith({ '/invoices': { post: { summary: 'Create invoice', description: '', responses: {} } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })).map((f) => f.range), [rangeOf(swagger, '""')]);
});

test('op-description-required does not fire when every operation has a description', () => {
	const swagger = swaggerWith({ '/invoices': { get: { summary: 'List invoices', description: 'Lists the invoices of the account.', responses: {} } } });
	assert.deepEqual(runRule(rule, { swagger }), []);
});
