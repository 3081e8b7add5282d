import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/swagger/required-property-missing';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

test('required-property-missing fires on the response key when its description is missing', () => {
	const swagger = textOf(swaggerWith({ '/invoices': { get: { responses: { 200: { schema: { type: 'object' } } } } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'required-property-missing',
			file: 'swagger',
			message: "The 'description' property is required.",
			range: rangeOf(swagger, '"200"'),
			jsonPointer: '/paths/~1invoices/get/responses/200/description',
		},
	]);
});

test('required-property-missing fires on the parameter name when its type is missing', () => {
	const swagger = textOf(swaggerWith({ '/invoices': { get: { parameters: [{ name: 'top', in: 'query' }], responses: { 200: { description: 'OK' } } } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })).map((f) => [f.message, f.range, f.jsonPointer]), [
		["The 'type' property is required.", rangeOf(swagger, '"top"'), '/paths/~1invoices/get/parameters/0/type'],
	]);
});

test('required-property-missing does not fire when required properties are present', () => {
	const swagger = swaggerWith({ '/invoices': { get: { parameters: [{ name: 'top', in: 'query', type: 'integer' }], responses: { 200: { description: 'OK' } } } } });
	assert.deepEqual(runRule(rule, { swagger }), []);
});
