import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/content/op-summary-required';
import { applyFix, rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

test('op-summary-required fires on the operation key when summary is missing', () => {
	const swagger = textOf(swaggerWith({ '/invoices': { get: { operationId: 'ListInvoices', description: 'Lists invoices.', responses: { 200: { description: 'OK' } } } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'op-summary-required', file: 'swagger', message: "The 'summary' property is required (operation ListInvoices).", range: rangeOf(swagger, '"get"'), jsonPointer: '/paths/~1invoices/get/summary' },
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

test('op-summary-required fix adds a summary from the operationId after it, keeping the file style', () => {
	const swagger = '{\r\n    "swagger": "2.0",\r\n    "paths": {\r\n        "/invoices": {\r\n            "get": {\r\n                "operationId": "ListInvoices",\r\n                "responses": {}\r\n            }\r\n        }\r\n    }\r\n}';
	const [finding] = runRule(rule, { swagger });
	const fixed = applyFix(rule, finding, { swagger });
	assert.equal(fixed.title, 'Add the summary "List invoices"');
	assert.equal(fixed.text, swagger.replace('"operationId": "ListInvoices",\r\n', '"operationId": "ListInvoices",\r\n                "summary": "List invoices",\r\n'));
	assert.equal(fixed.placeholder, 'List invoices');
	assert.deepEqual(runRule(rule, { swagger: fixed.text }), []);
});

test('op-summary-required fix falls back to the method and path without an operationId', () => {
	const swagger = textOf(swaggerWith({ '/customer-accounts/{id}': { delete: { responses: {} } } }));
	const [finding] = runRule(rule, { swagger });
	assert.equal(applyFix(rule, finding, { swagger }).placeholder, 'Delete customer accounts');
});

test('op-summary-required does not fire on internal operations, which the designer never shows', () => {
	// Certified connectors accepted in 2023 and 2024 have internal helper operations without a summary.
	const swagger = swaggerWith({ '/types': { get: { operationId: 'ListTypes', description: 'Lists types for a dropdown.', 'x-ms-visibility': 'internal', responses: {} } } });
	assert.deepEqual(runRule(rule, { swagger }), []);
});
