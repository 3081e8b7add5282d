import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/paths/duplicate-operation-path';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

test('duplicate-operation-path fires on the second operation whose path differs only in variable names', () => {
	const swagger = textOf(
		swaggerWith({
			'/items/{id}': { get: { operationId: 'GetItem', responses: {} } },
			'/items/{itemId}': { get: { operationId: 'GetItemById', responses: {} } },
		}),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: rule.id,
			file: 'swagger',
			message:
				"The operations 'GetItem' and 'GetItemById' have the path templates '/items/{id}' and '/items/{itemId}' which are duplicate and indistinguishable. They need to have a difference in static path segments for a deterministic routing.",
			range: rangeOf(swagger, '"get"', 1),
			jsonPointer: '/paths/~1items~1{itemId}/get',
		},
	]);
});

test('duplicate-operation-path does not fire on different methods, different static segments or case-only variants', () => {
	const swagger = swaggerWith({
		'/items/{id}': { get: { operationId: 'GetItem', responses: {} } },
		'/items/{itemId}': { delete: { operationId: 'DeleteItem', responses: {} } },
		'/items/{id}/lines': { get: { operationId: 'GetLines', responses: {} } },
		'/Items/{id}': { get: { operationId: 'GetItem2', responses: {} } },
	});
	assert.deepEqual(runRule(rule, { swagger }), []);
});
