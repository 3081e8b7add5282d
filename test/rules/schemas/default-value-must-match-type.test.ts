import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/schemas/default-value-must-match-type';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

test('default-value-must-match-type fires on a string default for an integer parameter and a number for a boolean', () => {
	const swagger = textOf(
		swaggerWith(
			{ '/a': { get: { parameters: [{ name: 'top', in: 'query', type: 'integer', default: '10' }], responses: {} } } },
			{ definitions: { Flag: { type: 'boolean', default: 1.5 } } },
		),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'default-value-must-match-type',
			file: 'swagger',
			message: "The 'default' value is of type 'string', but should match the given type 'integer' (parameter 'top' of GET /a).",
			range: rangeOf(swagger, '"10"'),
			jsonPointer: '/paths/~1a/get/parameters/0/default',
		},
		{
			ruleId: 'default-value-must-match-type',
			file: 'swagger',
			message: "The 'default' value is of type 'number', but should match the given type 'boolean' (definition 'Flag').",
			range: rangeOf(swagger, '1.5'),
			jsonPointer: '/definitions/Flag/default',
		},
	]);
});

test('default-value-must-match-type does not fire on matching defaults (an integer is a number) or without a type', () => {
	const swagger = swaggerWith(
		{ '/a': { get: { parameters: [{ name: 'top', in: 'query', type: 'integer', default: 10 }], responses: {} } } },
		{ definitions: { Price: { type: 'number', default: 3 }, Tags: { type: 'array', items: { type: 'string' }, default: [] }, Any: { default: 'x' } } },
	);
	assert.deepEqual(runRule(rule, { swagger }), []);
});
