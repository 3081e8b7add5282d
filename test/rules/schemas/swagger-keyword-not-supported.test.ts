import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/schemas/swagger-keyword-not-supported';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

test('swagger-keyword-not-supported fires on uniqueItems: true, on its key', () => {
	const swagger = textOf(swaggerWith({}, { definitions: { Tags: { type: 'array', items: { type: 'string' }, uniqueItems: true } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'swagger-keyword-not-supported',
			file: 'swagger',
			message: "The 'uniqueItems' keyword is not supported.",
			range: rangeOf(swagger, '"uniqueItems"'),
			jsonPointer: '/definitions/Tags/uniqueItems',
		},
	]);
});

test('swagger-keyword-not-supported reports keywords added with the keywords option', () => {
	const swagger = textOf(swaggerWith({ '/a': { get: { parameters: [{ name: 'q', in: 'query', type: 'string', maxLength: 10 }], responses: {} } } }));
	const findings = runRule(rule, { swagger }, { options: { keywords: ['maxLength'] } });
	assert.deepEqual(findings.map((f) => [f.message, f.range]), [["The 'maxLength' keyword is not supported.", rangeOf(swagger, '"maxLength"')]]);
});

test('swagger-keyword-not-supported does not fire on uniqueItems: false or on schemas without it', () => {
	const swagger = swaggerWith({}, { definitions: { Tags: { type: 'array', items: { type: 'string' }, uniqueItems: false }, Name: { type: 'string' } } });
	assert.deepEqual(runRule(rule, { swagger }), []);
});
