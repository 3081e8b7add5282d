import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../server/src/rules/json-duplicate-key';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../helpers/ruleTester';

test('json-duplicate-key fires on the ignored (earlier) key, with the used one as related information', () => {
	const swagger = '{\n  "swagger": "2.0",\n  "info": {\n    "title": "Old",\n    "version": "1.0",\n    "title": "New"\n  }\n}';
	const findings = runRule(rule, { swagger });
	assert.deepEqual(summarize(findings), [
		{
			ruleId: 'json-duplicate-key',
			file: 'swagger',
			message: 'The key "title" appears more than once in this object; only the last value is used.',
			range: rangeOf(swagger, '"title"', 0),
			jsonPointer: '/info/title',
		},
	]);
	assert.deepEqual(findings[0].related, [{ file: 'swagger', range: rangeOf(swagger, '"title"', 1), jsonPointer: '/info/title', message: 'The value used is here.' }]);
	assert.deepEqual(findings[0].data, { key: 'title' });
});

test('json-duplicate-key checks apiProperties too, even when the file has syntax errors', () => {
	const apiProperties = '{"properties": {"capabilities": [], "capabilities": ["actions"] "x": 1}}';
	assert.deepEqual(summarize(runRule(rule, { apiProperties })).map((f) => [f.file, f.range]), [['apiProperties', rangeOf(apiProperties, '"capabilities"', 0)]]);
});

test('json-duplicate-key does not fire on equal keys in different objects', () => {
	const swagger = swaggerWith({ '/a': { get: { summary: 'A', responses: {} } }, '/b': { get: { summary: 'B', responses: {} } } });
	assert.deepEqual(runRule(rule, { swagger: textOf(swagger) }), []);
});
