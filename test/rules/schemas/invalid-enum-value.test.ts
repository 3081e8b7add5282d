import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/schemas/invalid-enum-value';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

test('invalid-enum-value fires on each enum item of the wrong type, naming the value', () => {
	const swagger = textOf(swaggerWith({}, { definitions: { Size: { type: 'integer', enum: [1, '2', 3] }, Flag: { type: 'boolean', enum: ['true', 'false'] } } }));
	// Microsoft's message names no value: the subject says which one, so the two rows of Flag differ.
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'invalid-enum-value',
			file: 'swagger',
			message: "The type of the enum value is 'string' but it should be 'integer' as specified in the schema (value \"2\" of the enum of definition 'Size').",
			range: rangeOf(swagger, '"2"'),
			jsonPointer: '/definitions/Size/enum/1',
		},
		{
			ruleId: 'invalid-enum-value',
			file: 'swagger',
			message: "The type of the enum value is 'string' but it should be 'boolean' as specified in the schema (value \"true\" of the enum of definition 'Flag').",
			range: rangeOf(swagger, '"true"'),
			jsonPointer: '/definitions/Flag/enum/0',
		},
		{
			ruleId: 'invalid-enum-value',
			file: 'swagger',
			message: "The type of the enum value is 'string' but it should be 'boolean' as specified in the schema (value \"false\" of the enum of definition 'Flag').",
			range: rangeOf(swagger, '"false"'),
			jsonPointer: '/definitions/Flag/enum/1',
		},
	]);
});

test('invalid-enum-value does not fire on enums matching the type', () => {
	const swagger = swaggerWith(
		{ '/a': { get: { parameters: [{ name: 'status', in: 'query', type: 'string', enum: ['open', 'closed'] }], responses: {} } } },
		{ definitions: { Ratio: { type: 'number', enum: [0.5, 1] } } },
	);
	assert.deepEqual(runRule(rule, { swagger }), []);
});
