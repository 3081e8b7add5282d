import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/operations/operation-id-should-end-with-revision';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

const ok = { 200: { description: 'OK' } };
const op = (operationId: string, revision: unknown) => ({ get: { operationId, 'x-ms-api-annotation': { family: 'GetItems', revision }, responses: ok } });

test('operation-id-should-end-with-revision fires on a revision 2 operationId without V2', () => {
	const swagger = textOf(swaggerWith({ '/v2/items': op('GetItemsNew', 2) }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'operation-id-should-end-with-revision', file: 'swagger', message: "The operation Id 'GetItemsNew' should end with revision suffix 'V2'.", range: rangeOf(swagger, '"GetItemsNew"'), jsonPointer: '/paths/~1v2~1items/get/operationId' },
	]);
});

test('operation-id-should-end-with-revision accepts _V2, V2 and revision 1', () => {
	const swagger = swaggerWith({ '/a': op('GetItems_V2', 2), '/b': op('GetItemsV3', 3), '/c': op('GetItems', 1), '/d': op('GetItems_v4', 4) });
	assert.deepEqual(runRule(rule, { swagger }), []);
});
