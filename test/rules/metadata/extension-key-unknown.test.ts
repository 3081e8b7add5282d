import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/metadata/extension-key-unknown';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

test('extension-key-unknown fires on an undocumented x-ms key', () => {
	const swagger = textOf(swaggerWith({ '/a': { get: { 'x-ms-long-running-operation': true, responses: { 200: { description: 'OK' } } } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'extension-key-unknown',
			file: 'swagger',
			message: "The extension key 'x-ms-long-running-operation' is not a documented Power Platform connector extension; the platform ignores it (operation GET /a).",
			range: rangeOf(swagger, '"x-ms-long-running-operation"'),
			jsonPointer: '/paths/~1a/get/x-ms-long-running-operation',
		},
	]);
});

test('extension-key-unknown ignores known keys, near misses, other vendors and property names', () => {
	const swagger = swaggerWith(
		{ '/a': { get: { 'x-ms-visibility': 'advanced', 'x-ms-visibilty': 'advanced', 'x-codegen': 1, responses: { 200: { description: 'OK' } } } } },
		{ definitions: { A: { type: 'object', properties: { 'x-ms-anything': { type: 'string' } } } } },
	);
	assert.deepEqual(runRule(rule, { swagger }), []);
});
