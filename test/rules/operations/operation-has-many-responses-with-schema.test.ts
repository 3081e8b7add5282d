import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/operations/operation-has-many-responses-with-schema';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

test('operation-has-many-responses-with-schema fires once per operation, counting $ref responses', () => {
	const swagger = textOf(
		swaggerWith(
			{ '/a': { get: { operationId: 'GetItem', responses: { 200: { description: 'OK', schema: { type: 'object' } }, 400: { $ref: '#/responses/Error' } } } } },
			{ responses: { Error: { description: 'Bad request', schema: { type: 'object' } } } },
		),
	);
	const findings = runRule(rule, { swagger });
	assert.deepEqual(summarize(findings), [
		{ ruleId: 'operation-has-many-responses-with-schema', file: 'swagger', message: "The operation 'GetItem' has more than one response with specified schema, only one schema will be used in the designer.", range: rangeOf(swagger, '"responses"'), jsonPointer: '/paths/~1a/get/responses' },
	]);
	assert.deepEqual(findings[0].related?.map((r) => r.jsonPointer), ['/paths/~1a/get/responses/200/schema', '/responses/Error/schema']);
});

test('operation-has-many-responses-with-schema does not fire with one schema', () => {
	const swagger = swaggerWith({ '/a': { get: { operationId: 'A', responses: { 200: { description: 'OK', schema: { type: 'object' } }, default: { description: 'Error' } } } } });
	assert.deepEqual(runRule(rule, { swagger }), []);
});
