import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/schemas/invalid-enum-value';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

test('invalid-enum-value fires on each enum item of the wrong type', () => {
	const swagger = textOf(swaggerWith({}, { definitions: { Size: { type: 'integer', enum: [1, '2', 3] } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'invalid-enum-value',
			file: 'swagger',
			message: "The type of the enum value is 'string' but it should be 'integer' as specified in the schema.",
			range: rangeOf(swagger, '"2"'),
			jsonPointer: '/definitions/Size/enum/1',
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
