import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/paths/partial-duplicate-operation-path';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

test('partial-duplicate-operation-path fires on the operation whose variable overlaps a static segment', () => {
	const swagger = textOf(
		swaggerWith({
			'/items/{id}': { get: { operationId: 'GetItem', responses: {} } },
			'/items/search': { get: { operationId: 'SearchItems', responses: {} } },
		}),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: rule.id,
			file: 'swagger',
			message:
				"The operation 'GetItem' has the path template '/items/{id}' which is similar to other operation path templates, this can lead to an unexpected routing to a different operation in case an input path parameter value matches to a static value segment. It is better to have unconditional routing in all cases. Partially duplicated paths are: '/items/search'",
			range: rangeOf(swagger, '"get"'),
			jsonPointer: '/paths/~1items~1{id}/get',
		},
	]);
});

test('partial-duplicate-operation-path does not fire when a static segment differs or the methods differ', () => {
	const swagger = swaggerWith({
		'/items/{id}': { get: { operationId: 'GetItem', responses: {} } },
		'/items/search': { post: { operationId: 'SearchItems', responses: {} } },
		'/orders/{id}': { get: { operationId: 'GetOrder', responses: {} } },
		'/items/{id}/lines': { get: { operationId: 'GetLines', responses: {} } },
	});
	assert.deepEqual(runRule(rule, { swagger }), []);
});
