import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/content/op-summary-sentence-case';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

const doc = (summary: string) => textOf(swaggerWith({ '/invoices': { get: { operationId: 'ListInvoices', summary, responses: {} } } }));

test('op-summary-sentence-case fires on a Title Case summary', () => {
	const swagger = doc('Get All Invoices by Customer');
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'op-summary-sentence-case',
			file: 'swagger',
			message: "The operation summary 'Get All Invoices by Customer' should be in sentence case: capitalize only the first word and proper nouns (operation ListInvoices).",
			range: rangeOf(swagger, '"Get All Invoices by Customer"'),
			jsonPointer: '/paths/~1invoices/get/summary',
		},
	]);
});

test('op-summary-sentence-case does not fire on sentence case, acronyms or a single capitalized word', () => {
	assert.deepEqual(runRule(rule, { swagger: doc('Get all invoices for a Contoso account') }), []);
	assert.deepEqual(runRule(rule, { swagger: doc('Get task by ID') }), []);
	assert.deepEqual(runRule(rule, { swagger: doc('Send Teams message') }), []);
});
