import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/files/intro-no-actions-list';
import { rangeOf, runRule, summarize, swaggerWith } from '../../helpers/ruleTester';

const QUOTE = "\"Don't include information about your connector's actions or triggers within the intro.md, because this information will be automatically generated for you during certification.\"";

const swagger = swaggerWith({
	'/invoices': {
		get: { operationId: 'ListInvoices', summary: 'List invoices', responses: { 200: { description: 'OK' } } },
		post: { operationId: 'CreateInvoice', summary: 'Create an invoice', responses: { 200: { description: 'OK' } } },
	},
	'/invoices/{id}': { delete: { operationId: 'DeleteInvoice', summary: 'Get', responses: { 200: { description: 'OK' } } } },
});

test('intro-no-actions-list fires on an Actions/Triggers/Operations heading, on the heading', () => {
	const intro = 'Contoso sends invoices.\n\n## Supported Operations\n- List invoices\n- Create an invoice\n\n### Triggers and actions\n';
	assert.deepEqual(summarize(runRule(rule, { swagger, intro })), [
		{ ruleId: 'intro-no-actions-list', file: 'intro', message: `Remove the section '## Supported Operations': ${QUOTE}`, range: rangeOf(intro, '## Supported Operations'), jsonPointer: '' },
		{ ruleId: 'intro-no-actions-list', file: 'intro', message: `Remove the section '### Triggers and actions': ${QUOTE}`, range: rangeOf(intro, '### Triggers and actions'), jsonPointer: '' },
	]);
});

test('intro-no-actions-list fires on a list of two or more operation summaries, over those items', () => {
	const intro = 'Contoso sends invoices.\n\n## Get started with your connector\nThe connector can:\n\n* **List invoices**: all of them.\n\n* [Create an invoice](https://contoso.com/docs) for a customer\n- Send reminders\n';
	assert.deepEqual(summarize(runRule(rule, { swagger, intro })).map((f) => [f.message, f.range]), [
		[`This list names 2 of the connector's operations: ${QUOTE}`, { start: rangeOf(intro, '* **List').start, end: rangeOf(intro, 'for a customer').end }],
	]);
});

test('intro-no-actions-list does not fire on one summary in a list, on prose, on short summaries or in code', () => {
	const intro = [
		'Contoso sends invoices.',
		'',
		'## Get started with your connector',
		'1. Add the List invoices action.',
		'2. List invoices',
		'',
		'Use Create an invoice, then List invoices.',
		'',
		'- Get',
		'- Get',
		'```',
		'- List invoices',
		'- Create an invoice',
		'```',
		'## Known issues and limitations',
		'- List invoices',
		'',
		'Prose between.',
		'- Create an invoice',
	].join('\n');
	assert.deepEqual(runRule(rule, { swagger, intro }), []);
	assert.deepEqual(runRule(rule, { intro: '- List invoices\n- Create an invoice\n' }), []);
	assert.deepEqual(runRule(rule, { swagger }), []);
});
