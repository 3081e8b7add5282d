import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/operations/operation-family-has-many-active-operations';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

const ok = { 200: { description: 'OK' } };
const op = (operationId: string, revision: number, deprecated?: boolean) => ({ get: { operationId, deprecated, 'x-ms-api-annotation': { family: 'GetItems', revision }, responses: ok } });

test('operation-family-has-many-active-operations fires on the oldest active revision beyond two', () => {
	const swagger = textOf(swaggerWith({ '/v3/items': op('GetItems_V3', 3), '/items': op('GetItems', 1), '/v2/items': op('GetItems_V2', 2) }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'operation-family-has-many-active-operations', file: 'swagger', message: "The operation family 'GetItems' has more than two active operations. Extra operations must be deprecated.", range: rangeOf(swagger, '"GetItems"', 2), jsonPointer: '/paths/~1items/get/x-ms-api-annotation/family' },
	]);
});

test('operation-family-has-many-active-operations does not fire when older revisions are deprecated', () => {
	const swagger = swaggerWith({ '/items': op('GetItems', 1, true), '/v2/items': op('GetItems_V2', 2), '/v3/items': op('GetItems_V3', 3) });
	assert.deepEqual(runRule(rule, { swagger }), []);
});
