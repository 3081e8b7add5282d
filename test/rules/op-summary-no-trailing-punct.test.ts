import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../server/src/rules/op-summary-no-trailing-punct';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../helpers/ruleTester';

const doc = (summary: string) => textOf(swaggerWith({ '/invoices': { get: { operationId: 'ListInvoices', summary, responses: {} } } }));

test('op-summary-no-trailing-punct fires on a trailing period or space', () => {
	const swagger = doc('List invoices.');
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'op-summary-no-trailing-punct', file: 'swagger', message: "The 'summary' value must end with alphanumeric character.", range: rangeOf(swagger, '"List invoices."'), jsonPointer: '/paths/~1invoices/get/summary' },
	]);
	assert.equal(runRule(rule, { swagger: doc('List invoices ') }).length, 1);
});

test('op-summary-no-trailing-punct allows a closing parenthesis, as in "(deprecated)"', () => {
	assert.deepEqual(runRule(rule, { swagger: doc('List invoices (deprecated)') }), []);
	assert.deepEqual(runRule(rule, { swagger: doc('List invoices') }), []);
});
