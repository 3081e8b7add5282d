import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/content/op-summary-unique';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

test('op-summary-unique fires on the second operation with the same summary', () => {
	const swagger = textOf(
		swaggerWith({
			'/invoices': { get: { operationId: 'ListInvoices', summary: 'List invoices', responses: {} } },
			'/v2/invoices': { get: { operationId: 'ListInvoicesV2', summary: 'List Invoices', responses: {} } },
		}),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'op-summary-unique',
			file: 'swagger',
			message: "The summary 'List Invoices' is also used by operation 'ListInvoices'; users can't tell the two actions apart.",
			range: rangeOf(swagger, '"List Invoices"'),
			jsonPointer: '/paths/~1v2~1invoices/get/summary',
		},
	]);
});

test('op-summary-unique ignores internal and deprecated operations', () => {
	const swagger = swaggerWith({
		'/invoices': { get: { operationId: 'ListInvoices', summary: 'List invoices', deprecated: true, responses: {} } },
		'/v2/invoices': { get: { operationId: 'ListInvoicesV2', summary: 'List invoices', responses: {} } },
		'/v3/invoices': { get: { operationId: 'ListInvoicesHelper', summary: 'List invoices', 'x-ms-visibility': 'internal', responses: {} } },
	});
	assert.deepEqual(runRule(rule, { swagger }), []);
});
