import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../server/src/rules/op-summary-required';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../helpers/ruleTester';

test('op-summary-required fires on the operation key when summary is missing', () => {
	const swagger = textOf(swaggerWith({ '/invoices': { get: { operationId: 'ListInvoices', description: 'Lists invoices.', responses: { 200: { description: 'OK' } } } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'op-summary-required', file: 'swagger', message: "The 'summary' property is required.", range: rangeOf(swagger, '"get"'), jsonPointer: '/paths/~1invoices/get/summary' },
	]);
});

test('op-summary-required fires on an empty summary value', () => {
	const swagger = textOf(swaggerWith({ '/invoices': { post: { summary: '  ', responses: {} } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })).map((f) => f.range), [rangeOf(swagger, '"  "')]);
});

test('op-summary-required does not fire when every operation has a summary', () => {
	const swagger = swaggerWith({ '/invoices': { get: { summary: 'List invoices', responses: {} }, parameters: [] } });
	assert.deepEqual(runRule(rule, { swagger }), []);
});
