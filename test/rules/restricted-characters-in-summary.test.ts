import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../server/src/rules/restricted-characters-in-summary';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../helpers/ruleTester';

const ok = { 200: { description: 'OK' } };

test('restricted-characters-in-summary fires on a summary with a slash or ampersand', () => {
	const swagger = textOf(swaggerWith({ '/a': { get: { operationId: 'A', summary: 'Get user/group & members', responses: ok }, post: { operationId: 'B', summary: 'Create item', responses: ok } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'restricted-characters-in-summary', file: 'swagger', message: 'Summary string contains any of the restricted characters [/\\<>*%&?]', range: rangeOf(swagger, '"Get user/group & members"'), jsonPointer: '/paths/~1a/get/summary' },
	]);
});

test('restricted-characters-in-summary does not fire on letters, digits, spaces, hyphens and parentheses', () => {
	const swagger = swaggerWith({ '/a': { get: { operationId: 'A', summary: 'Get rows (deprecated) - V2, fast.', responses: ok } } });
	assert.deepEqual(runRule(rule, { swagger }), []);
});
