import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/content/info-title-end-alphanumeric';
import { applyFix, rangeOf, runRule, summarize, textOf } from '../../helpers/ruleTester';

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

test('info-title-end-alphanumeric fix strips the trailing characters that are not letters or digits, and a bracket left unclosed', () => {
	const swagger = textOf({ swagger: '2.0', info: { title: 'Contoso Invoices (beta) - ', version: '1.0' }, paths: {} });
	const [finding] = runRule(rule, { swagger });
	const fixed = applyFix(rule, finding, { swagger });
	assert.equal(fixed.title, 'End the title with "Contoso Invoices beta"');
	assert.equal(fixed.text, swagger.replace('"Contoso Invoices (beta) - "', '"Contoso Invoices beta"'));
	assert.equal(fixed.placeholder, undefined);
	assert.deepEqual(runRule(rule, { swagger: fixed.text }), []);
});
