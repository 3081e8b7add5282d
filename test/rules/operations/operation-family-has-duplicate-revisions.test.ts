import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/operations/operation-family-has-duplicate-revisions';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

const ok = { 200: { description: 'OK' } };

test('operation-family-has-duplicate-revisions fires on the later duplicate revision', () => {
	const swagger = textOf(
		swaggerWith({
			'/items': { get: { operationId: 'GetItems', deprecated: true, 'x-ms-api-annotation': { family: 'GetItems', revision: 1 }, responses: ok } },
			'/v2/items': { get: { operationId: 'GetItems_V2', 'x-ms-api-annotation': { family: 'GetItems', revision: 1 }, responses: ok } },
			'/other': { get: { operationId: 'GetOther', 'x-ms-api-annotation': { family: 'GetOther', revision: 1 }, responses: ok } },
		}),
	);
	const findings = runRule(rule, { swagger });
	// The value `1` of the second `"revision": 1`.
	const keyRange = rangeOf(swagger, '"revision": 1', 1);
	const valueRange = { start: { line: keyRange.start.line, character: keyRange.end.character - 1 }, end: keyRange.end };
	assert.deepEqual(summarize(findings), [
		{ ruleId: 'operation-family-has-duplicate-revisions', file: 'swagger', message: "The operation family 'GetItems' has operations with duplicate revision.", range: valueRange, jsonPointer: '/paths/~1v2~1items/get/x-ms-api-annotation/revision' },
	]);
	assert.equal(findings[0].related?.[0].jsonPointer, '/paths/~1items/get/x-ms-api-annotation/revision');
});

test('operation-family-has-duplicate-revisions does not fire on distinct revisions', () => {
	const swagger = swaggerWith({
		'/items': { get: { operationId: 'GetItems', deprecated: true, 'x-ms-api-annotation': { family: 'GetItems', revision: 1 }, responses: ok } },
		'/v2/items': { get: { operationId: 'GetItems_V2', 'x-ms-api-annotation': { family: 'GetItems', revision: 2 }, responses: ok } },
	});
	assert.deepEqual(runRule(rule, { swagger }), []);
});
