import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/swagger/additional-property-not-allowed';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

const ok = { 200: { description: 'OK' } };

test('additional-property-not-allowed fires on the key of a misspelled operation property', () => {
	const swagger = textOf(swaggerWith({ '/invoices': { get: { summry: 'List invoices', responses: ok } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'additional-property-not-allowed',
			file: 'swagger',
			message: "The property 'summry' is not allowed and must be removed.",
			range: rangeOf(swagger, '"summry"'),
			jsonPointer: '/paths/~1invoices/get/summry',
		},
	]);
});

test('additional-property-not-allowed reports a bad parameter once, for the shape its "in" names', () => {
	// Ajv alone reports this parameter against all five parameter shapes and the reference shape (two dozen errors).
	const swagger = textOf(swaggerWith({ '/invoices': { post: { parameters: [{ name: 'invoice', in: 'body', schema: { type: 'object' }, type: 'object' }], responses: ok } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'additional-property-not-allowed',
			file: 'swagger',
			message: "The property 'type' is not allowed and must be removed.",
			range: rangeOf(swagger, '"type"', 1),
			jsonPointer: '/paths/~1invoices/post/parameters/0/type',
		},
	]);
});

test('additional-property-not-allowed fires on a sibling of a parameter $ref', () => {
	const swagger = textOf(
		swaggerWith({ '/invoices': { get: { parameters: [{ $ref: '#/parameters/top', description: 'How many.' }], responses: ok } } }, { parameters: { top: { name: 'top', in: 'query', type: 'integer' } } }),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })).map((f) => [f.jsonPointer, f.range]), [['/paths/~1invoices/get/parameters/0/description', rangeOf(swagger, '"description"', 1)]]);
});

test('additional-property-not-allowed does not fire on x- extensions or allowed properties', () => {
	const swagger = swaggerWith({ '/invoices': { get: { summary: 'List invoices', 'x-ms-visibility': 'important', parameters: [{ name: 'top', in: 'query', type: 'integer', 'x-ms-summary': 'Top' }], responses: ok } } });
	assert.deepEqual(runRule(rule, { swagger }), []);
});
