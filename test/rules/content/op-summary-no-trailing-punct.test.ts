import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/content/op-summary-no-trailing-punct';
import { applyFix, rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

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

test('op-summary-no-trailing-punct fix strips trailing punctuation and spaces, keeping a closing parenthesis', () => {
	const swagger = textOf(swaggerWith({ '/a': { get: { summary: 'List invoices. ', responses: {} }, post: { summary: 'Create invoice (deprecated)!', responses: {} } } }));
	const fixes = runRule(rule, { swagger }).map((finding) => applyFix(rule, finding, { swagger }));
	assert.deepEqual(fixes.map((f) => f.title), ['End the summary with "List invoices"', 'End the summary with "Create invoice (deprecated)"']);
	assert.equal(fixes[0].text, swagger.replace('"List invoices. "', '"List invoices"'));
	assert.equal(fixes[1].text, swagger.replace('(deprecated)!', '(deprecated)'));
	assert.equal(runRule(rule, { swagger: fixes[1].text }).length, 1);
});
