import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/paths/operation-path-may-not-contain-query-or-fragment';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

test('operation-path-may-not-contain-query-or-fragment fires on the path key', () => {
	const swagger = textOf(swaggerWith({ "/search?api-version=2": { get: { responses: {} } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: rule.id,
			file: 'swagger',
			message: "The path is not valid, it must not contain a query part or fragment identifier. To include '?' or '#' characters in the path, they must be URL encoded.",
			range: rangeOf(swagger, "\"/search?api-version=2\""),
			jsonPointer: "/paths/~1search?api-version=2",
		},
	]);
});

test('operation-path-may-not-contain-query-or-fragment does not fire on valid paths or on x- extension keys', () => {
	const paths: Record<string, unknown> = { 'x-ms-notes': { text: 'not a path' } };
	for (const key of ['/search', '/tags/%23new', '/search%3Fq']) {
		paths[key] = { get: { responses: {} } };
	}
	assert.deepEqual(runRule(rule, { swagger: swaggerWith(paths) }), []);
});
