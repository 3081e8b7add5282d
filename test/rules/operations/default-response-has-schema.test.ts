import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/operations/default-response-has-schema';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

// Microsoft's message, then the response it is about.
const MESSAGE = (subject: string) => `The 'default' response should not have schema definition. Schemas should be defined on expected responses only (${subject}).`;

test('default-response-has-schema fires on an inline schema and on a shared response used as default', () => {
	const swagger = textOf(
		swaggerWith(
			{
				'/a': { get: { operationId: 'A', responses: { 200: { description: 'OK' }, default: { description: 'Error', schema: { type: 'object' } } } } },
				'/b': { get: { operationId: 'B', responses: { 200: { description: 'OK' }, default: { $ref: '#/responses/Error' } } } },
			},
			{ responses: { Error: { description: 'Error', schema: { type: 'object' } } } },
		),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'default-response-has-schema', file: 'swagger', message: MESSAGE('response default of A'), range: rangeOf(swagger, '"schema"'), jsonPointer: '/paths/~1a/get/responses/default/schema' },
		{ ruleId: 'default-response-has-schema', file: 'swagger', message: MESSAGE('response default of B'), range: rangeOf(swagger, '"default"', 1), jsonPointer: '/paths/~1b/get/responses/default' },
	]);
});

test('default-response-has-schema does not fire on a default response without schema', () => {
	const swagger = swaggerWith({ '/a': { get: { operationId: 'A', responses: { 200: { description: 'OK', schema: { type: 'object' } }, default: { description: 'Error' } } } } });
	assert.deepEqual(runRule(rule, { swagger }), []);
});
