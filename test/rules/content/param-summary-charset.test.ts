import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/content/param-summary-charset';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

const doc = (summary: string) => textOf(swaggerWith({ '/a': { get: { parameters: [{ name: 'q', in: 'query', type: 'string', 'x-ms-summary': summary }], responses: {} } } }));

test('param-summary-charset fires on punctuation in a parameter label', () => {
	const swagger = doc('E-mail address.');
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'param-summary-charset',
			file: 'swagger',
			message: "The 'x-ms-summary' value should contain only alphanumeric characters or parentheses; it contains '-', '.' (parameter 'q' of GET /a).",
			range: rangeOf(swagger, '"E-mail address."'),
			jsonPointer: '/paths/~1a/get/parameters/0/x-ms-summary',
		},
	]);
	assert.equal(runRule(rule, { swagger: doc('Folder/File') }).length, 1);
});

test('param-summary-charset does not fire on letters, digits, spaces and parentheses', () => {
	assert.deepEqual(runRule(rule, { swagger: doc('Start Date (UTC) 2') }), []);
});
