import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/operations/operation-family-has-many-empty-revisions';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

const ok = { 200: { description: 'OK' } };

test('operation-family-has-many-empty-revisions fires on the second member without a revision', () => {
	const swagger = textOf(
		swaggerWith({
			'/items': { get: { operationId: 'GetItems', 'x-ms-api-annotation': { family: 'GetItems' }, responses: ok } },
			'/v2/items': { get: { operationId: 'GetItems_V2', 'x-ms-api-annotation': { family: 'GetItems' }, responses: ok } },
		}),
	);
	const findings = runRule(rule, { swagger });
	assert.deepEqual(summarize(findings), [
		{ ruleId: 'operation-family-has-many-empty-revisions', file: 'swagger', message: "The operation family 'GetItems' has several operations with empty revision. Only one operation can have empty revision.", range: rangeOf(swagger, '"x-ms-api-annotation"', 1), jsonPointer: '/paths/~1v2~1items/get/x-ms-api-annotation/revision' },
	]);
	assert.equal(findings[0].related?.[0].jsonPointer, '/paths/~1items/get/x-ms-api-annotation');
});

test('operation-family-has-many-empty-revisions does not fire when only one member lacks a revision', () => {
	const swagger = swaggerWith({
		'/items': { get: { operationId: 'GetItems', 'x-ms-api-annotation': { family: 'GetItems' }, responses: ok } },
		'/v2/items': { get: { operationId: 'GetItems_V2', 'x-ms-api-annotation': { family: 'GetItems', revision: 2 }, responses: ok } },
	});
	assert.deepEqual(runRule(rule, { swagger }), []);
});
