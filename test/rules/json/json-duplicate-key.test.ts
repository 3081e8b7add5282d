import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/json/json-duplicate-key';
import { applyFix, rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

test('json-duplicate-key fires on the ignored (earlier) key, with the used one as related information', () => {
	const swagger = '{\n  "swagger": "2.0",\n  "info": {\n    "title": "Old",\n    "version": "1.0",\n    "title": "New"\n  }\n}';
	const findings = runRule(rule, { swagger });
	assert.deepEqual(summarize(findings), [
		{
			ruleId: 'json-duplicate-key',
			file: 'swagger',
			message: 'The key "title" appears more than once in this object; only the last value is used (at /info).',
			range: rangeOf(swagger, '"title"', 0),
			jsonPointer: '/info/title',
		},
	]);
	assert.deepEqual(findings[0].related, [{ file: 'swagger', range: rangeOf(swagger, '"title"', 1), jsonPointer: '/info/title', message: 'The value used is here.' }]);
	assert.deepEqual(findings[0].data, { key: 'title', offset: swagger.indexOf('"title"') });
});

test('json-duplicate-key checks apiProperties too, even when the file has syntax errors', () => {
	const apiProperties = '{"properties": {"capabilities": [], "capabilities": ["actions"] "x": 1}}';
	assert.deepEqual(summarize(runRule(rule, { apiProperties })).map((f) => [f.file, f.range, f.message]), [
		['apiProperties', rangeOf(apiProperties, '"capabilities"', 0), 'The key "capabilities" appears more than once in this object; only the last value is used (at /properties).'],
	]);
});

test('json-duplicate-key does not fire on equal keys in different objects', () => {
	const swagger = swaggerWith({ '/a': { get: { summary: 'A', responses: {} } }, '/b': { get: { summary: 'B', responses: {} } } });
	assert.deepEqual(runRule(rule, { swagger: textOf(swagger) }), []);
});

test('json-duplicate-key fix removes the ignored copy with its comma, keeping the one used', () => {
	const swagger = '{\r\n  "swagger": "2.0",\r\n  "info": {\r\n    "title": "Old",\r\n    "version": "1.0",\r\n    "title": "New"\r\n  }\r\n}';
	const [finding] = runRule(rule, { swagger });
	const fixed = applyFix(rule, finding, { swagger });
	assert.equal(fixed.title, 'Remove the ignored "title" (the last one is used)');
	assert.equal(fixed.text, '{\r\n  "swagger": "2.0",\r\n  "info": {\r\n    "version": "1.0",\r\n    "title": "New"\r\n  }\r\n}');
	assert.deepEqual(runRule(rule, { swagger: fixed.text }), []);
});

test('json-duplicate-key fix removes an ignored object value whole, and each of three copies in turn', () => {
	const apiProperties = '{"properties": {"a": {"x": 1}, "a": 2, "b": 3, "a": 4}}';
	const findings = runRule(rule, { apiProperties });
	assert.equal(findings.length, 2);
	const once = applyFix(rule, findings[0], { apiProperties });
	assert.equal(once.text, '{"properties": {"a": 2, "b": 3, "a": 4}}');
	const [remaining] = runRule(rule, { apiProperties: once.text });
	assert.equal(applyFix(rule, remaining, { apiProperties: once.text }).text, '{"properties": {"b": 3, "a": 4}}');
});

test('json-duplicate-key offers no fix when the reported copy is no longer in the text', () => {
	const swagger = '{"info": {"title": "Old", "title": "New"}}';
	const [finding] = runRule(rule, { swagger });
	assert.throws(() => applyFix(rule, { ...finding, data: { key: 'title', offset: 3 } }, { swagger }), /proposes no fix/);
});
