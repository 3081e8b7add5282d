import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/paths/path-parameters-contain-duplicate-parameter';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

test('path-parameters-contain-duplicate-parameter fires on the second path-level parameter with the same name and location', () => {
	const swagger = textOf(
		swaggerWith({
			'/items/{id}': {
				parameters: [{ name: 'id', in: 'path', type: 'string', required: true }, { name: 'id', in: 'path', type: 'integer', required: true }],
				get: { responses: {} },
			},
		}),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: rule.id,
			file: 'swagger',
			message: "The path '/items/{id}' contains duplicate parameters with name 'id', location 'path'.",
			range: rangeOf(swagger, '"id"', 1),
			jsonPointer: '/paths/~1items~1{id}/parameters/1/name',
		},
	]);
});

test('path-parameters-contain-duplicate-parameter does not fire when an operation overrides a path-level parameter', () => {
	const swagger = swaggerWith({
		'/items/{id}': {
			parameters: [{ name: 'id', in: 'path', type: 'string', required: true }, { name: 'id', in: 'query', type: 'string' }],
			get: { parameters: [{ name: 'id', in: 'path', type: 'integer', required: true }], responses: {} },
		},
	});
	assert.deepEqual(runRule(rule, { swagger }), []);
});
