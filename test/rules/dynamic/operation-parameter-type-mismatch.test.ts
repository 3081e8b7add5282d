import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/dynamic/operation-parameter-type-mismatch';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

const ok = { 200: { description: 'OK', schema: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' } } } } } };

function withSourceType(type: string): object {
	return swaggerWith({
		'/lists': { get: { operationId: 'GetLists', parameters: [{ name: 'siteId', in: 'query', type: 'integer' }], responses: ok } },
		'/items': {
			get: {
				operationId: 'GetItems',
				parameters: [
					{ name: 'site', in: 'query', type },
					{ name: 'list', in: 'query', type: 'string', 'x-ms-dynamic-values': { operationId: 'GetLists', parameters: { siteId: { parameter: 'site' } }, 'value-path': 'id' } },
				],
				responses: ok,
			},
		},
	});
}

test('operation-parameter-type-mismatch fires when the referenced parameter has another type', () => {
	const swagger = textOf(withSourceType('string'));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'operation-parameter-type-mismatch',
			file: 'swagger',
			message: "The parameter has type 'integer', but operation 'GetItems' is providing a parameter of type 'string'.",
			range: rangeOf(swagger, '"site"', 1),
			jsonPointer: '/paths/~1items/get/parameters/1/x-ms-dynamic-values/parameters/siteId/parameter',
		},
	]);
});

test('operation-parameter-type-mismatch does not fire when the types match', () => {
	assert.deepEqual(runRule(rule, { swagger: withSourceType('integer') }), []);
});
