import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/content/info-title-max-30';
import { rangeOf, runRule, summarize, textOf } from '../../helpers/ruleTester';

const doc = (title: string) => textOf({ swagger: '2.0', info: { title, version: '1.0' }, paths: {} });

test('info-title-max-30 fires on a title longer than 30 characters', () => {
	const swagger = doc('Contoso Invoicing and Billing Suite');
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'info-title-max-30', file: 'swagger', message: "The 'title' value goes over the character limit '30'", range: rangeOf(swagger, '"Contoso Invoicing and Billing Suite"'), jsonPointer: '/info/title' },
	]);
});

test('info-title-max-30 honours the maxLength option', () => {
	const swagger = doc('Contoso Invoices');
	assert.deepEqual(summarize(runRule(rule, { swagger }, { options: { maxLength: 10 } })).map((f) => f.message), ["The 'title' value goes over the character limit '10'"]);
	assert.deepEqual(runRule(rule, { swagger: doc('Contoso Invoicing and Billing Suite') }, { options: { maxLength: null } }), []);
});

test('info-title-max-30 does not fire on 30 characters', () => {
	assert.deepEqual(runRule(rule, { swagger: doc('A'.repeat(30)) }), []);
});
