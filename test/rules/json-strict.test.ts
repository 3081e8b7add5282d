import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../server/src/rules/json-strict';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../helpers/ruleTester';

const TRAILING = 'Trailing comma: strict JSON does not allow a comma before "}" or "]".';

test('json-strict fires on a trailing comma, on the comma, pointing at the object that holds it', () => {
	const swagger = '{\n  "swagger": "2.0",\n  "info": {\n    "title": "Contoso",\n  }\n}';
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'json-strict', file: 'swagger', message: TRAILING, range: rangeOf(swagger, ',', 1), jsonPointer: '/info' },
	]);
});

test('json-strict fires on comments and raw control characters, each with its syntax code', () => {
	const apiProperties = '{\n  // brand\n  "properties": {"iconBrandColor": "#da3b01", "publisher": "Con\ttoso"}\n}';
	const findings = runRule(rule, { apiProperties });
	assert.deepEqual(
		findings.map((f) => ({ message: f.message, range: f.range, jsonPointer: f.jsonPointer, data: f.data })),
		[
			{ message: 'Comments are not allowed in strict JSON.', range: rangeOf(apiProperties, '// brand'), jsonPointer: '', data: { syntaxCode: 'comment' } },
			{
				message: 'A control character must be escaped in a JSON string (for example "\\n" or "\\t").',
				range: rangeOf(apiProperties, '"Con\ttoso"'),
				jsonPointer: '/properties/publisher',
				data: { syntaxCode: 'control-character-in-string' },
			},
		],
	);
});

test('json-strict still reports on a file that also has fatal errors', () => {
	const swagger = '{"a": [1,], "b" 2}';
	assert.deepEqual(summarize(runRule(rule, { swagger })).map((f) => [f.range, f.jsonPointer]), [[rangeOf(swagger, ','), '/a']]);
});

test('json-strict does not fire on strict JSON', () => {
	assert.deepEqual(runRule(rule, { swagger: textOf(swaggerWith({ '/a': { get: { responses: {} } } })), apiProperties: { properties: {} } }), []);
});
