import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/schemas/required-property-not-on-object';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

test('required-property-not-on-object fires on a required list of an array schema, on its key', () => {
	const swagger = textOf(swaggerWith({}, { definitions: { Lines: { type: 'array', required: ['items'], items: { type: 'string' } } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'required-property-not-on-object',
			file: 'swagger',
			message: "The property 'required' is applicable to schemas with 'object' type only and should be removed (definition 'Lines').",
			range: rangeOf(swagger, '"required"'),
			jsonPointer: '/definitions/Lines/required',
		},
	]);
});

test('required-property-not-on-object does not fire on objects, untyped schemas or parameters', () => {
	const swagger = swaggerWith(
		{ '/a': { get: { parameters: [{ name: 'q', in: 'query', type: 'string', required: true }], responses: {} } } },
		{ definitions: { Invoice: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } }, Loose: { required: ['id'], properties: { id: { type: 'string' } } } } },
	);
	assert.deepEqual(runRule(rule, { swagger }), []);
});
