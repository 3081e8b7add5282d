import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/schemas/required-property-array-empty';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

test('required-property-array-empty fires on an empty required list', () => {
	const swagger = textOf(swaggerWith({}, { definitions: { Invoice: { type: 'object', required: [], properties: { id: { type: 'string' } } } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'required-property-array-empty',
			file: 'swagger',
			message: "The 'required' array requires at least one value. If no properties are required in the schema, remove the 'required' property.",
			range: rangeOf(swagger, '[]'),
			jsonPointer: '/definitions/Invoice/required',
		},
	]);
});

test('required-property-array-empty does not fire on a non-empty list or a boolean parameter required', () => {
	const swagger = swaggerWith(
		{ '/a': { get: { parameters: [{ name: 'q', in: 'query', type: 'string', required: false }], responses: {} } } },
		{ definitions: { Invoice: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } } } },
	);
	assert.deepEqual(runRule(rule, { swagger }), []);
});
