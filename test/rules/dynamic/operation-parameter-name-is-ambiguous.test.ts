import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/dynamic/operation-parameter-name-is-ambiguous';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

const ok = { 200: { description: 'OK', schema: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' } } } } } };

/** The invoked operation has a path parameter `id` and a body property `id`. */
function withCall(extra: object): object {
	return swaggerWith({
		'/models/{id}': {
			post: {
				operationId: 'FindModels',
				parameters: [
					{ name: 'id', in: 'path', type: 'string', required: true },
					{ name: 'filter', in: 'body', schema: { type: 'object', properties: { id: { type: 'string' } } } },
				],
				responses: ok,
			},
		},
		'/runs': {
			get: {
				operationId: 'Run',
				parameters: [
					{ name: 'request', in: 'query', type: 'string', required: true },
					{ name: 'model', in: 'query', type: 'string', 'x-ms-dynamic-values': { operationId: 'FindModels', 'value-path': 'name', parameters: { id: { parameter: 'request' } } }, ...extra },
				],
				responses: ok,
			},
		},
	});
}

test('operation-parameter-name-is-ambiguous fires on a key that is both a parameter and a body property of the invoked operation', () => {
	const swagger = textOf(withCall({}));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'operation-parameter-name-is-ambiguous',
			file: 'swagger',
			message: 'The parameter name is ambiguous as it matches both a parameter name and a path to a body property.',
			range: rangeOf(swagger, '"id"', 2),
			jsonPointer: '/paths/~1runs/get/parameters/1/x-ms-dynamic-values/parameters/id',
		},
	]);
});

test('operation-parameter-name-is-ambiguous does not fire when x-ms-dynamic-list gives full paths', () => {
	const list = { 'x-ms-dynamic-list': { operationId: 'FindModels', itemValuePath: 'name', parameters: { id: { parameterReference: 'request' }, 'filter/id': { value: 'x' } } } };
	assert.deepEqual(runRule(rule, { swagger: withCall(list) }), []);
});
