import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/json/json-strict';
import { applyFix, rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

// The syntax message, then the object the problem is in.
const TRAILING = 'Trailing comma: strict JSON does not allow a comma before "}" or "]" (at /info).';

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
			{ message: 'Comments are not allowed in strict JSON (the document root).', range: rangeOf(apiProperties, '// brand'), jsonPointer: '', data: { syntaxCode: 'comment', offset: apiProperties.indexOf('// brand') } },
			{
				message: 'A control character must be escaped in a JSON string, for example "\\n" or "\\t" (at /properties/publisher).',
				range: rangeOf(apiProperties, '"Con\ttoso"'),
				jsonPointer: '/properties/publisher',
				data: { syntaxCode: 'control-character-in-string', offset: apiProperties.indexOf('"Con') },
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

test('json-strict fix removes a trailing comma and nothing else', () => {
	const swagger = '{\r\n  "swagger": "2.0",\r\n  "info": {\r\n    "title": "Contoso",\r\n  },\r\n  "schemes": ["https",]\r\n}';
	const [inInfo, inSchemes] = runRule(rule, { swagger });
	const fixed = applyFix(rule, inInfo, { swagger });
	assert.equal(fixed.title, 'Remove the trailing comma');
	assert.equal(fixed.text, swagger.replace('"Contoso",', '"Contoso"'));
	const both = applyFix(rule, runRule(rule, { swagger: fixed.text })[0], { swagger: fixed.text });
	assert.equal(both.text, fixed.text.replace('["https",]', '["https"]'));
	assert.equal(inSchemes.data?.syntaxCode, 'trailing-comma');
	assert.deepEqual(runRule(rule, { swagger: both.text }), []);
});

test('json-strict fix escapes raw control characters in a string', () => {
	const apiProperties = '{"properties": {"publisher": "Con\ttoso\\n\u0001"}}';
	const [finding] = runRule(rule, { apiProperties });
	const fixed = applyFix(rule, finding, { apiProperties });
	assert.equal(fixed.title, 'Escape the control characters');
	assert.equal(fixed.text, '{"properties": {"publisher": "Con\\ttoso\\n\\u0001"}}');
	assert.equal(JSON.parse(fixed.text).properties.publisher, 'Con\ttoso\n\u0001');
	assert.deepEqual(runRule(rule, { apiProperties: fixed.text }), []);
});

test('json-strict fix removes a comment: its whole line when alone, else the comment and the spaces before it', () => {
	const apiProperties = '{\n  // brand\n  "properties": { /* inline */ "iconBrandColor": "#da3b01" } // end\n}';
	const [alone, inline, trailing] = runRule(rule, { apiProperties });
	assert.equal(applyFix(rule, alone, { apiProperties }).title, 'Remove the comment');
	assert.equal(applyFix(rule, alone, { apiProperties }).text, apiProperties.replace('  // brand\n', ''));
	assert.equal(applyFix(rule, inline, { apiProperties }).text, apiProperties.replace('/* inline */ ', ''));
	assert.equal(applyFix(rule, trailing, { apiProperties }).text, apiProperties.replace(' // end', ''));
});

test('json-strict offers no fix for a finding whose problem is no longer in the text', () => {
	const swagger = '{"a": [1,]}';
	const [finding] = runRule(rule, { swagger });
	assert.throws(() => applyFix(rule, { ...finding, data: { syntaxCode: 'trailing-comma', offset: 2 } }, { swagger }), /proposes no fix/);
});
