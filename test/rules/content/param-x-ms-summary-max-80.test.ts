import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/content/param-x-ms-summary-max-80';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

const doc = (summary: string) => textOf(swaggerWith({ '/a': { get: { parameters: [{ name: 'q', in: 'query', type: 'string', 'x-ms-summary': summary }], responses: {} } } }));

test('param-x-ms-summary-max-80 fires on a label longer than 80 characters', () => {
	const label = 'Q'.repeat(81);
	const swagger = doc(label);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'param-x-ms-summary-max-80', file: 'swagger', message: "The 'x-ms-summary' value should be 80 characters or shorter; it has 81.", range: rangeOf(swagger, `"${label}"`), jsonPointer: '/paths/~1a/get/parameters/0/x-ms-summary' },
	]);
	assert.equal(runRule(rule, { swagger: doc('Query') }, { options: { maxLength: 3 } }).length, 1);
});

test('param-x-ms-summary-max-80 does not fire on 80 characters', () => {
	assert.deepEqual(runRule(rule, { swagger: doc('Q'.repeat(80)) }), []);
});
