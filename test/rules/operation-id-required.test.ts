import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../server/src/rules/operation-id-required';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../helpers/ruleTester';

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
