import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/paths/operation-parameters-contain-duplicate-parameter';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

test('operation-parameters-contain-duplicate-parameter fires on the second parameter with the same name and location', () => {
	const swagger = textOf(
		swaggerWith({
			'/items': { get: { operationId: 'ListItems', parameters: [{ name: 'top', in: 'query', type: 'string' }, { name: 'top', in: 'query', type: 'integer' }], responses: {} } },
		}),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: rule.id,
			file: 'swagger',
			message: "The operation 'ListItems' contains duplicate parameters with name 'top', location 'query'.",
			range: rangeOf(swagger, '"top"', 1),
			jsonPointer: '/paths/~1items/get/parameters/1/name',
		},
	]);
});

test('operation-parameters-contain-duplicate-parameter does not fire on other locations, overrides or exact repeats', () => {
	const p = { name: 'q', in: 'query', type: 'string' };
	const swagger = swaggerWith({
		'/items': {
			parameters: [{ name: 'top', in: 'query', type: 'string' }],
			get: { parameters: [{ name: 'top', in: 'query', type: 'integer' }, { name: 'top', in: 'header', type: 'integer' }, p, { ...p }], responses: {} },
		},
	});
	assert.deepEqual(runRule(rule, { swagger }), []);
});
