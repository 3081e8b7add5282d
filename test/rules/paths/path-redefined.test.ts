import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/paths/path-redefined';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

test('path-redefined fires on the later key that differs only in capitalization', () => {
	const swagger = textOf(swaggerWith({ '/items/{id}': { get: { responses: {} } }, '/Items/{id}': { delete: { responses: {} } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: rule.id,
			file: 'swagger',
			message: "The path '/Items/{id}' is defined multiple times with different capitalization. Paths must be unique when compared case-insensitively.",
			range: rangeOf(swagger, '"/Items/{id}"'),
			jsonPointer: '/paths/~1Items~1{id}',
		},
	]);
});

test('path-redefined does not fire on distinct paths', () => {
	const swagger = swaggerWith({ '/items/{id}': { get: { responses: {} } }, '/items/{id}/lines': { get: { responses: {} } }, '/item/{id}': { get: { responses: {} } } });
	assert.deepEqual(runRule(rule, { swagger }), []);
});
