import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../server/src/rules/info-title-end-alphanumeric';
import { rangeOf, runRule, summarize, textOf } from '../helpers/ruleTester';

const doc = (title: string) => textOf({ swagger: '2.0', info: { title, version: '1.0' }, paths: {} });

test('info-title-end-alphanumeric fires on a trailing space or punctuation', () => {
	const swagger = doc('Contoso ');
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'info-title-end-alphanumeric', file: 'swagger', message: "The 'title' value must end with alphanumeric character.", range: rangeOf(swagger, '"Contoso "'), jsonPointer: '/info/title' },
	]);
	assert.equal(runRule(rule, { swagger: doc('Contoso (Independent Publisher)') }).length, 1);
	assert.equal(runRule(rule, { swagger: doc('Contoso\n') }).length, 1);
});

test('info-title-end-alphanumeric does not fire on a letter or digit, or an empty title', () => {
	assert.deepEqual(runRule(rule, { swagger: doc('Office 365') }), []);
	assert.deepEqual(runRule(rule, { swagger: doc('Café') }), []);
	assert.deepEqual(runRule(rule, { swagger: doc('') }), []);
});
