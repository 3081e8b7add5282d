import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/content/info-description-not-title';
import { rangeOf, runRule, summarize, textOf } from '../../helpers/ruleTester';

const doc = (title: string, description: string) => textOf({ swagger: '2.0', info: { title, description, version: '1.0' }, paths: {} });

test('info-description-not-title fires when the description repeats the title', () => {
	const swagger = doc('Contoso Invoicing', 'Contoso invoicing.');
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'info-description-not-title',
			file: 'swagger',
			message: 'The connector description should be different from the title: describe the main purpose and value of the connector.',
			range: rangeOf(swagger, '"Contoso invoicing."'),
			jsonPointer: '/info/description',
		},
	]);
});

test('info-description-not-title does not fire on a real description', () => {
	assert.deepEqual(runRule(rule, { swagger: doc('Contoso Invoicing', 'Create and send Contoso invoices.') }), []);
});
