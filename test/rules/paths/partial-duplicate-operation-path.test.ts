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

test('partial-duplicate-operation-path names each path its variable shadows, in document order, the first 20 of more', () => {
	const paths: Record<string, object> = { '/{tenant}/items/{id}': { get: { operationId: 'GetTenantItem', responses: {} } } };
	for (let i = 0; i < 25; i++) {
		paths[`/t${i}/items/{id}`] = { get: { operationId: `GetItem${i}`, responses: {} } };
		// Never similar: another static segment, another method, an empty segment where the variable is.
		paths[`/t${i}/orders/{id}`] = { get: { operationId: `GetOrder${i}`, responses: {} }, post: { operationId: `AddItem${i}`, responses: {} } };
	}
	paths['//items/{id}'] = { get: { operationId: 'GetEmpty', responses: {} } };
	const few = Object.fromEntries(Object.entries(paths).slice(0, 4));
	const similar = (count: number) => Array.from({ length: count }, (_, i) => `/t${i}/items/{id}`);
	const [finding] = runRule(rule, { swagger: swaggerWith(few) });
	assert.match(finding.message, /Partially duplicated paths are: '\/t0\/items\/\{id\}', '\/t1\/items\/\{id\}'$/);
	assert.deepEqual(finding.data, { operationId: 'GetTenantItem', pathKey: '/{tenant}/items/{id}', similar: similar(2) });
	const [many] = runRule(rule, { swagger: swaggerWith(paths) });
	assert.ok(many.message.endsWith(`Partially duplicated paths are: ${similar(20).map((path) => `'${path}'`).join(', ')} and more`), many.message);
	assert.deepEqual(many.data, { operationId: 'GetTenantItem', pathKey: '/{tenant}/items/{id}', similar: similar(20), more: true });
	assert.equal(many.related?.length, 20);
});
