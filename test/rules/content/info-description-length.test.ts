import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/content/info-description-length';
import { rangeOf, runRule, summarize, textOf } from '../../helpers/ruleTester';

const doc = (description: string) => textOf({ swagger: '2.0', info: { title: 'Contoso', description, version: '1.0' }, paths: {} });
const MESSAGE = "The 'description' value must be between '30' and '500' characters.";

test('info-description-length fires on a short description', () => {
	const swagger = doc('Contoso invoices.');
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'info-description-length', file: 'swagger', message: MESSAGE, range: rangeOf(swagger, '"Contoso invoices."'), jsonPointer: '/info/description' },
	]);
});

test('info-description-length fires on a long description and honours the options', () => {
	assert.deepEqual(summarize(runRule(rule, { swagger: doc('x'.repeat(501)) })).map((f) => f.message), [MESSAGE]);
	assert.deepEqual(summarize(runRule(rule, { swagger: doc('x'.repeat(40)) }, { options: { minLength: 50, maxLength: 100 } })).map((f) => f.message), [
		"The 'description' value must be between '50' and '100' characters.",
	]);
});

test('info-description-length does not fire within the range or on an empty description', () => {
	assert.deepEqual(runRule(rule, { swagger: doc('Manage Contoso invoices, customers and payments.') }), []);
	assert.deepEqual(runRule(rule, { swagger: doc('') }), []);
});

test('info-description-length states the one bound that is set', () => {
	assert.deepEqual(summarize(runRule(rule, { swagger: doc('x'.repeat(20)) }, { options: { maxLength: null } })).map((f) => f.message), ["The 'description' value must be at least '30' characters."]);
	assert.deepEqual(runRule(rule, { swagger: doc('x'.repeat(20)) }, { options: { minLength: null } }), []);
});
