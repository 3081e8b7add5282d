import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/operations/operation-family-has-many-active-production-operations';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

const ok = { 200: { description: 'OK' } };
const op = (operationId: string, revision: number, status?: string, deprecated?: boolean) => ({ get: { operationId, deprecated, 'x-ms-api-annotation': { family: 'GetItems', revision, status }, responses: ok } });
const MESSAGE = "The operation family 'GetItems' has several active operations in Production status. Previous revisions should be deprecated.";

test('operation-family-has-many-active-production-operations fires on the older Production revision', () => {
	const swagger = textOf(swaggerWith({ '/items': op('GetItems', 1, 'Production'), '/v2/items': op('GetItems_V2', 2, 'Production') }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'operation-family-has-many-active-production-operations', file: 'swagger', message: MESSAGE, range: rangeOf(swagger, '"Production"'), jsonPointer: '/paths/~1items/get/x-ms-api-annotation/status' },
	]);
});

test('operation-family-has-many-active-production-operations counts a status inherited from the connector', () => {
	const swagger = swaggerWith({ '/items': op('GetItems', 1), '/v2/items': op('GetItems_V2', 2) }, { info: { title: 'Contoso', version: '1.0', 'x-ms-api-annotation': { status: 'Production' } } });
	assert.deepEqual(runRule(rule, { swagger }).map((f) => f.jsonPointer), ['/paths/~1items/get/x-ms-api-annotation/family']);
});

test('operation-family-has-many-active-production-operations does not fire on a Preview revision or a deprecated one', () => {
	const swagger = swaggerWith({ '/items': op('GetItems', 1, 'Production'), '/v2/items': op('GetItems_V2', 2, 'Preview'), '/old': op('GetItemsOld', 0, 'Production', true) });
	assert.deepEqual(runRule(rule, { swagger }), []);
});
