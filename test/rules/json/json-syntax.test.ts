import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/json/json-syntax';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

test('json-syntax fires on a missing comma, at the token where the comma was expected', () => {
	const swagger = '{\n  "swagger": "2.0"\n  "info": {}\n}';
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'json-syntax', file: 'swagger', message: 'A comma is expected.', range: rangeOf(swagger, '"info"'), jsonPointer: '' },
	]);
});

test('json-syntax reports in the file that is broken and carries the syntax code', () => {
	const apiProperties = '{"properties": {"iconBrandColor": "#da3b01"}';
	const findings = runRule(rule, { swagger: swaggerWith({}), apiProperties });
	assert.deepEqual(
		findings.map((f) => ({ file: f.file, message: f.message, data: f.data, range: f.range })),
		[{ file: 'apiProperties', message: 'A closing brace "}" is expected.', data: { syntaxCode: 'close-brace-expected' }, range: { start: { line: 0, character: 44 }, end: { line: 0, character: 44 } } }],
	);
});

test('json-syntax fires on an empty file', () => {
	assert.deepEqual(summarize(runRule(rule, { swagger: '' })).map((f) => f.message), ['The file is empty: a JSON object is expected.']);
});

test('json-syntax leaves tolerated problems (trailing comma, comment) to json-strict', () => {
	const swagger = '{\n  // comment\n  "swagger": "2.0",\n}';
	assert.deepEqual(runRule(rule, { swagger }), []);
});

test('json-syntax does not fire on valid JSON', () => {
	assert.deepEqual(runRule(rule, { swagger: textOf(swaggerWith({})), apiProperties: { properties: {} } }), []);
});
