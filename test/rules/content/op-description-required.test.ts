import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/content/op-description-required';
import differ from '../../../server/src/rules/content/summary-description-differ';
import { applyFix, rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

test('op-description-required fires on the operation key when description is missing', () => {
	const swagger = textOf(swaggerWith({ '/invoices': { get: { operationId: 'ListInvoices', summary: 'List invoices', responses: { 200: { description: 'OK' } } } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'op-description-required', file: 'swagger', message: "The 'description' property is required (operation ListInvoices).", range: rangeOf(swagger, '"get"'), jsonPointer: '/paths/~1invoices/get/description' },
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

test('op-description-required fix adds a sentence from the summary right after it, keeping the file style', () => {
	const swagger = '{\r\n\t"swagger": "2.0",\r\n\t"paths": {\r\n\t\t"/invoices": {\r\n\t\t\t"get": {\r\n\t\t\t\t"summary": "List invoices",\r\n\t\t\t\t"operationId": "ListInvoices",\r\n\t\t\t\t"responses": {}\r\n\t\t\t}\r\n\t\t}\r\n\t}\r\n}';
	const [finding] = runRule(rule, { swagger });
	const fixed = applyFix(rule, finding, { swagger });
	assert.equal(fixed.title, 'Add the description "Lists invoices."');
	assert.equal(fixed.text, swagger.replace('"summary": "List invoices",\r\n', '"summary": "List invoices",\r\n\t\t\t\t"description": "Lists invoices.",\r\n'));
	assert.equal(fixed.placeholder, 'Lists invoices.');
	assert.deepEqual(runRule(rule, { swagger: fixed.text }), []);
	// Third person, so the new description does not merely repeat the summary.
	assert.deepEqual(runRule(differ, { swagger: fixed.text }), []);
});

test('op-description-required fix replaces an empty description and words trigger and non-verb summaries', () => {
	const swagger = textOf(
		swaggerWith({
			'/invoices': { post: { summary: 'When an invoice is paid', description: '', responses: {} } },
			'/invoices/{id}': { get: { summary: 'Invoice details', responses: {} }, patch: { summary: 'Invoice details', responses: {} } },
		}),
	);
	const findings = runRule(rule, { swagger });
	const fixes = findings.map((finding) => applyFix(rule, finding, { swagger }));
	assert.deepEqual(
		fixes.map((f) => f.placeholder),
		['Triggers when an invoice is paid.', 'Gets invoice details.', "Runs the 'Invoice details' action."],
	);
	assert.equal(fixes[0].text, swagger.replace('"description": ""', '"description": "Triggers when an invoice is paid."'));
});

test('op-description-required fix falls back to the operationId without a summary', () => {
	const swagger = textOf(swaggerWith({ '/invoices': { get: { operationId: 'ListInvoices', responses: {} } } }));
	const [finding] = runRule(rule, { swagger });
	const fixed = applyFix(rule, finding, { swagger });
	assert.equal(fixed.text, swagger.replace('"operationId": "ListInvoices",', '"operationId": "ListInvoices",\n        "description": "Lists invoices.",'));
});

test('op-description-required does not fire on internal operations, which the designer never shows', () => {
	const swagger = swaggerWith({ '/types': { get: { operationId: 'ListTypes', summary: 'List types', 'x-ms-visibility': 'Internal', responses: {} } } });
	assert.deepEqual(runRule(rule, { swagger }), []);
});
