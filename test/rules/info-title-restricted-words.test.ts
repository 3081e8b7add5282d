import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../server/src/rules/info-title-restricted-words';
import { rangeOf, runRule, summarize, textOf } from '../helpers/ruleTester';

const doc = (title: string) => textOf({ swagger: '2.0', info: { title, version: '1.0' }, paths: {} });

test('info-title-restricted-words fires and lists the words found', () => {
	const swagger = doc('Contoso API Connector');
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'info-title-restricted-words', file: 'swagger', message: "The value 'title' contains at least one of the restricted words: 'api, connector'.", range: rangeOf(swagger, '"Contoso API Connector"'), jsonPointer: '/info/title' },
	]);
});

test('info-title-restricted-words finds product names written without the space, and user words', () => {
	assert.deepEqual(summarize(runRule(rule, { swagger: doc('Contoso for PowerApps') })).map((f) => f.message), ["The value 'title' contains at least one of the restricted words: 'power apps'."]);
	assert.deepEqual(summarize(runRule(rule, { swagger: doc('Contoso Beta') }, { options: { words: ['beta'] } })).map((f) => f.message), ["The value 'title' contains at least one of the restricted words: 'beta'."]);
});

test('info-title-restricted-words does not fire on words that only contain a restricted word', () => {
	assert.deepEqual(runRule(rule, { swagger: doc('Rapid Connectors Hub') }), []);
	assert.deepEqual(runRule(rule, { swagger: doc('Capitol Data') }), []);
});
