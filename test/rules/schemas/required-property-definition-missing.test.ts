import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/schemas/required-property-definition-missing';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

test('required-property-definition-missing fires on a required name without a property', () => {
	const swagger = textOf(swaggerWith({}, { definitions: { Invoice: { type: 'object', required: ['id', 'total'], properties: { id: { type: 'string' } } } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'required-property-definition-missing',
			file: 'swagger',
			message: "The required property 'total' is not defined in the object schema.",
			range: rangeOf(swagger, '"total"'),
			jsonPointer: '/definitions/Invoice/required/1',
		},
	]);
});

test('required-property-definition-missing accepts properties inherited through allOf and $ref', () => {
	const swagger = swaggerWith({}, {
		definitions: {
			Base: { type: 'object', properties: { id: { type: 'string' } } },
			Invoice: { type: 'object', allOf: [{ $ref: '#/definitions/Base' }], required: ['id', 'total'], properties: { total: { type: 'number' } } },
		},
	});
	assert.deepEqual(runRule(rule, { swagger }), []);
});

test('required-property-definition-missing leaves a required list on a non-object schema to required-property-not-on-object', () => {
	const swagger = swaggerWith({ '/a': { post: { parameters: [{ name: 'body', in: 'body', schema: { type: 'array', required: ['items'], items: { type: 'string' } } }], responses: {} } } });
	assert.deepEqual(runRule(rule, { swagger }), []);
});
