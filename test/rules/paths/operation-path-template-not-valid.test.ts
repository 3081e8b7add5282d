import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/paths/operation-path-template-not-valid';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

test('operation-path-template-not-valid fires on the path key', () => {
	const swagger = textOf(swaggerWith({ "/items/{id/lines}": { get: { responses: {} } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: rule.id,
			file: 'swagger',
			message: "The path is not valid, each path template variable enclosed by '{' and '}' characters must be contained within a single URL segment. Individual '{' or '}' characters which are not enclosing a path template variable must be URL encoded.",
			range: rangeOf(swagger, "\"/items/{id/lines}\""),
			jsonPointer: "/paths/~1items~1{id~1lines}",
		},
	]);
});

test('operation-path-template-not-valid does not fire on valid paths or on x- extension keys', () => {
	const paths: Record<string, unknown> = { 'x-ms-notes': { text: 'not a path' } };
	for (const key of ['/items/{id}/lines/{lineId}', '/files/{name}.{extension}', '/items/%7Bid%7D']) {
		paths[key] = { get: { responses: {} } };
	}
	assert.deepEqual(runRule(rule, { swagger: swaggerWith(paths) }), []);
});

test('operation-path-template-not-valid fires on unbalanced, nested and empty braces', () => {
	for (const key of ['/items/{id', '/items/id}', '/items/{{id}}', '/items/{}']) {
		assert.equal(runRule(rule, { swagger: swaggerWith({ [key]: { get: { responses: {} } } }) }).length, 1, key);
	}
});
