import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/content/op-description-sentence';
import { applyFix, rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

const doc = (description: string) => textOf(swaggerWith({ '/invoices': { get: { operationId: 'ListInvoices', summary: 'List invoices', description, responses: {} } } }));

test('op-description-sentence fires on a description without final punctuation', () => {
	const swagger = doc('Lists the invoices of the account');
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'op-description-sentence',
			file: 'swagger',
			message: 'The operation description should be a full sentence that ends in punctuation, usually a period (operation ListInvoices).',
			range: rangeOf(swagger, '"Lists the invoices of the account"'),
			jsonPointer: '/paths/~1invoices/get/description',
		},
	]);
});

test('op-description-sentence does not fire on sentences, closing brackets after the period, or one word', () => {
	assert.deepEqual(runRule(rule, { swagger: doc('Lists the invoices of the account.') }), []);
	assert.deepEqual(runRule(rule, { swagger: doc('Is the invoice paid? ') }), []);
	assert.deepEqual(runRule(rule, { swagger: doc('This operation gets a list of items (deprecated).') }), []);
	assert.deepEqual(runRule(rule, { swagger: doc('(Lists the invoices.)') }), []);
	assert.deepEqual(runRule(rule, { swagger: doc('Invoices') }), []);
});

test('op-description-sentence fix ends the description with a period, replacing a trailing colon', () => {
	const swagger = textOf(swaggerWith({ '/a': { get: { description: 'Lists the invoices ', responses: {} }, post: { description: 'Creates an invoice with:', responses: {} } } }));
	const fixes = runRule(rule, { swagger }).map((finding) => applyFix(rule, finding, { swagger }));
	assert.deepEqual(fixes.map((f) => f.title), ['End the description with a period', 'End the description with a period']);
	assert.equal(fixes[0].text, swagger.replace('"Lists the invoices "', '"Lists the invoices."'));
	assert.equal(fixes[1].text, swagger.replace('"Creates an invoice with:"', '"Creates an invoice with."'));
	assert.equal(runRule(rule, { swagger: fixes[0].text }).length, 1);
});
