import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/dynamic/operation-parameter-static-type-mismatch';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

const ok = { 200: { description: 'OK', schema: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' } } } } } };

function withCall(extension: object): object {
	return swaggerWith({
		'/lists': {
			get: {
				operationId: 'GetLists',
				parameters: [
					{ name: 'top', in: 'query', type: 'integer' },
					{ name: 'ratio', in: 'query', type: 'number' },
				],
				responses: ok,
			},
		},
		'/items': { get: { operationId: 'GetItems', parameters: [{ name: 'list', in: 'query', type: 'string', ...extension }], responses: ok } },
	});
}

test('operation-parameter-static-type-mismatch fires on a string literal for an integer parameter', () => {
	const swagger = textOf(withCall({ 'x-ms-dynamic-list': { operationId: 'GetLists', parameters: { top: { value: '10' } }, itemValuePath: 'id' } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'operation-parameter-static-type-mismatch',
			file: 'swagger',
			message: "The parameter has type 'integer', but a static value is provided of type 'string'.",
			range: rangeOf(swagger, '"10"'),
			jsonPointer: '/paths/~1items/get/parameters/0/x-ms-dynamic-list/parameters/top/value',
		},
	]);
});

test('operation-parameter-static-type-mismatch does not fire on matching literals (an integer fills a number)', () => {
	assert.deepEqual(runRule(rule, { swagger: withCall({ 'x-ms-dynamic-values': { operationId: 'GetLists', parameters: { top: 10, ratio: 2 }, 'value-path': 'id' } }) }), []);
});
