import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/content/op-summary-max-80';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

const doc = (summary: string) => textOf(swaggerWith({ '/invoices': { get: { operationId: 'ListInvoices', summary, responses: {} } } }));

test('op-summary-max-80 fires on a summary longer than 80 characters', () => {
	const summary = 'List every invoice of the account, including drafts, voided invoices and archives';
	const swagger = doc(summary);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'op-summary-max-80', file: 'swagger', message: "The operation 'summary' should be 80 characters or shorter; it has 81.", range: rangeOf(swagger, `"${summary}"`), jsonPointer: '/paths/~1invoices/get/summary' },
	]);
});

test('op-summary-max-80 honours the maxLength option', () => {
	assert.equal(runRule(rule, { swagger: doc('List invoices') }, { options: { maxLength: 5 } }).length, 1);
});

test('op-summary-max-80 does not fire on 80 characters or fewer', () => {
	assert.deepEqual(runRule(rule, { swagger: doc('x'.repeat(80)) }), []);
});
