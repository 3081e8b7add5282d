import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/paths/operation-path-contains-unsupported-characters';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

test('operation-path-contains-unsupported-characters fires on the path key', () => {
	const swagger = textOf(swaggerWith({ "/files/*": { get: { responses: {} } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: rule.id,
			file: 'swagger',
			message: "The operation path cannot contain wildcard character '*'.",
			range: rangeOf(swagger, "\"/files/*\""),
			jsonPointer: "/paths/~1files~1*",
		},
	]);
});

test('operation-path-contains-unsupported-characters does not fire on valid paths or on x- extension keys', () => {
	const paths: Record<string, unknown> = { 'x-ms-notes': { text: 'not a path' } };
	for (const key of ['/files', '/files/{path}', '/files/%2A']) {
		paths[key] = { get: { responses: {} } };
	}
	assert.deepEqual(runRule(rule, { swagger: swaggerWith(paths) }), []);
});
