import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/content/param-x-ms-summary-title-case';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

const doc = (summary: string, extra: object = {}) => textOf(swaggerWith({ '/a': { get: { parameters: [{ name: 'q', in: 'query', type: 'string', 'x-ms-summary': summary, ...extra }], responses: {} } } }));

test('param-x-ms-summary-title-case fires on sentence case and camelCase labels', () => {
	const swagger = doc('Number of results per page');
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'param-x-ms-summary-title-case',
			file: 'swagger',
			message: "The 'x-ms-summary' value 'Number of results per page' should be in Title Case, for example 'Number of Results per Page' (parameter 'q' of GET /a).",
			range: rangeOf(swagger, '"Number of results per page"'),
			jsonPointer: '/paths/~1a/get/parameters/0/x-ms-summary',
		},
	]);
	assert.equal(runRule(rule, { swagger: doc('pageSize') }).length, 1);
});

test('param-x-ms-summary-title-case does not fire on Title Case, acronyms or internal parameters', () => {
	assert.deepEqual(runRule(rule, { swagger: doc('Start Date (UTC) of the Report') }), []);
	assert.deepEqual(runRule(rule, { swagger: doc('api version', { 'x-ms-visibility': 'internal', default: '1' }) }), []);
});
