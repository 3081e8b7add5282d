import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/paths/operation-path-variables-contain-defaults';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

test('operation-path-variables-contain-defaults fires on the path key', () => {
	const swagger = textOf(swaggerWith({ "/items/{version=v1}": { get: { responses: {} } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: rule.id,
			file: 'swagger',
			message: "The operation path template variables cannot set default values with character '='.",
			range: rangeOf(swagger, "\"/items/{version=v1}\""),
			jsonPointer: "/paths/~1items~1{version=v1}",
		},
	]);
});

test('operation-path-variables-contain-defaults does not fire on valid paths or on x- extension keys', () => {
	const paths: Record<string, unknown> = { 'x-ms-notes': { text: 'not a path' } };
	for (const key of ['/items/{version}', '/items/{id}/x=1']) {
		paths[key] = { get: { responses: {} } };
	}
	assert.deepEqual(runRule(rule, { swagger: swaggerWith(paths) }), []);
});
