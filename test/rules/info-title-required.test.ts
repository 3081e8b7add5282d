import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../server/src/rules/info-title-required';
import { rangeOf, runRule, summarize, textOf } from '../helpers/ruleTester';

const MESSAGE = "The 'title' property is required.";

test('info-title-required fires on the info key when title is missing', () => {
	const swagger = textOf({ swagger: '2.0', info: { description: 'Contoso invoices and customers.', version: '1.0' }, paths: {} });
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'info-title-required', file: 'swagger', message: MESSAGE, range: rangeOf(swagger, '"info"'), jsonPointer: '/info/title' },
	]);
});

test('info-title-required fires on an empty title value', () => {
	const swagger = textOf({ swagger: '2.0', info: { title: ' ', version: '1.0' }, paths: {} });
	assert.deepEqual(summarize(runRule(rule, { swagger })).map((f) => f.range), [rangeOf(swagger, '" "')]);
});

test('info-title-required does not fire on a title', () => {
	assert.deepEqual(runRule(rule, { swagger: { swagger: '2.0', info: { title: 'Contoso', version: '1.0' }, paths: {} } }), []);
});
