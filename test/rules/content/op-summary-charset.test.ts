import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/content/op-summary-charset';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

const doc = (summary: string) => textOf(swaggerWith({ '/invoices': { get: { operationId: 'ListInvoices', summary, responses: {} } } }));

test('op-summary-charset fires on punctuation other than parentheses, listing each character once', () => {
	const swagger = doc("List invoices - user's, drafts - all");
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'op-summary-charset',
			file: 'swagger',
			message: "The operation 'summary' should contain only alphanumeric characters or parentheses; it contains '-', ''', ',' (operation ListInvoices).",
			range: rangeOf(swagger, '"List invoices - user\'s, drafts - all"'),
			jsonPointer: '/paths/~1invoices/get/summary',
		},
	]);
});

test('op-summary-charset leaves the validator-restricted characters to restricted-characters-in-summary', () => {
	assert.deepEqual(runRule(rule, { swagger: doc('Get invoice by ID/number') }), []);
});

test('op-summary-charset does not fire on letters, digits, spaces and parentheses', () => {
	assert.deepEqual(runRule(rule, { swagger: doc('Get rows (deprecated) for Office 365 Ärzte') }), []);
});
