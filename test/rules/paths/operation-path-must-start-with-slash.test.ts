import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/paths/operation-path-must-start-with-slash';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

test('operation-path-must-start-with-slash fires on the path key', () => {
	const swagger = textOf(swaggerWith({ "items/{id}": { get: { responses: {} } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: rule.id,
			file: 'swagger',
			message: "The path is not valid, it must start with a '/' character.",
			range: rangeOf(swagger, "\"items/{id}\""),
			jsonPointer: "/paths/items~1{id}",
		},
	]);
});

test('operation-path-must-start-with-slash does not fire on valid paths or on x- extension keys', () => {
	const paths: Record<string, unknown> = { 'x-ms-notes': { text: 'not a path' } };
	for (const key of ['/items/{id}', '/']) {
		paths[key] = { get: { responses: {} } };
	}
	assert.deepEqual(runRule(rule, { swagger: swaggerWith(paths) }), []);
});
