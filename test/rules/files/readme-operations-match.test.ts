import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/files/readme-operations-match';
import { rangeOf, runRule, summarize, swaggerWith } from '../../helpers/ruleTester';

const swagger = swaggerWith({
	'/invoices': {
		get: { operationId: 'ListInvoices', summary: 'List invoices', responses: {} },
		post: { operationId: 'CreateInvoice', summary: 'Create invoice', responses: {} },
		delete: { operationId: 'Purge', summary: 'Purge', 'x-ms-visibility': 'internal', responses: {} },
	},
});

test('readme-operations-match fires for a visible operation the readme does not describe, on the section heading', () => {
	const readme = '# Contoso\n\n## Supported Operations\n### List Invoices\nLists them.\n\n## Obtaining Credentials\nCreate invoice keys.\n';
	assert.deepEqual(summarize(runRule(rule, { swagger, readme })), [
		{
			ruleId: 'readme-operations-match',
			file: 'readme',
			message: "The operation 'Create invoice' (CreateInvoice) is not described under Supported Operations.",
			range: rangeOf(readme, '## Supported Operations'),
			jsonPointer: '',
		},
	]);
});

test('readme-operations-match does not fire when every visible operation is described', () => {
	const readme = '# Contoso\n\n## Supported Operations\n### List invoices\n### Create invoice\n';
	assert.deepEqual(runRule(rule, { swagger, readme }), []);
});
