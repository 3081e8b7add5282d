import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import rule from '../../../server/src/rules/content/summary-description-differ';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';
import { upstreamPair } from '../../helpers/upstream';

test('summary-description-differ fires on operations, parameters and response properties', () => {
	const swagger = textOf(
		swaggerWith({
			'/invoices': {
				get: {
					operationId: 'ListInvoices',
					summary: 'List invoices',
					description: 'List invoices.',
					parameters: [{ name: 'top', in: 'query', type: 'integer', 'x-ms-summary': 'Top', description: 'top' }],
					responses: { 200: { description: 'OK', schema: { type: 'object', properties: { id: { type: 'string', 'x-ms-summary': 'Invoice ID', description: 'Invoice  ID' } } } } },
				},
			},
		}),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'summary-description-differ', file: 'swagger', message: "The description repeats the operation's 'summary' ('List invoices'); use it to tell users more (operation ListInvoices).", range: rangeOf(swagger, '"List invoices."'), jsonPointer: '/paths/~1invoices/get/description' },
		{ ruleId: 'summary-description-differ', file: 'swagger', message: "The description repeats the 'x-ms-summary' ('Top'); use it to tell users more (parameter 'top' of ListInvoices).", range: rangeOf(swagger, '"top"', 1), jsonPointer: '/paths/~1invoices/get/parameters/0/description' },
		{ ruleId: 'summary-description-differ', file: 'swagger', message: "The description repeats the 'x-ms-summary' ('Invoice ID'); use it to tell users more (property 'id' of the 200 response of ListInvoices).", range: rangeOf(swagger, '"Invoice  ID"'), jsonPointer: '/paths/~1invoices/get/responses/200/schema/properties/id/description' },
	]);
});

test('summary-description-differ does not fire on distinct strings or internal items', () => {
	const swagger = swaggerWith({
		'/invoices': {
			get: {
				summary: 'List invoices',
				description: 'Lists the invoices of the account.',
				parameters: [{ name: 'v', in: 'query', type: 'string', 'x-ms-summary': 'Version', description: 'Version', 'x-ms-visibility': 'internal', default: '1', required: true }],
				responses: {},
			},
		},
	});
	assert.deepEqual(runRule(rule, { swagger }), []);
});

test('summary-description-differ flags the corpus pair before the fix and not after (Public360, pair 09)', () => {
	const dir = upstreamPair('09-Public360');
	const before = runRule(rule, { swagger: readFileSync(`${dir}/before.json`, 'utf8') }).filter((f) => f.jsonPointer.endsWith('/post/description'));
	assert.equal(before.length, 3);
	assert.deepEqual(runRule(rule, { swagger: readFileSync(`${dir}/after.json`, 'utf8') }), []);
});
