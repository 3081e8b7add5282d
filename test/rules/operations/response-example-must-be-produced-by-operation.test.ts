import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/operations/response-example-must-be-produced-by-operation';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

test('response-example-must-be-produced-by-operation fires on an example MIME type missing from produces', () => {
	const swagger = textOf(
		swaggerWith(
			{ '/a': { get: { operationId: 'GetItem', responses: { 200: { description: 'OK', examples: { 'application/json': { id: 1 }, 'application/xml': '<item/>' } } } } } },
			{ produces: ['application/json'] },
		),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'response-example-must-be-produced-by-operation', file: 'swagger', message: "The response example 'application/xml' is not produced by the operation 'GetItem'.", range: rangeOf(swagger, '"application/xml"'), jsonPointer: '/paths/~1a/get/responses/200/examples/application~1xml' },
	]);
});

test('response-example-must-be-produced-by-operation uses the operation produces over the root, ignoring case and parameters', () => {
	const swagger = swaggerWith(
		{ '/a': { get: { operationId: 'GetItem', produces: ['text/plain; charset=utf-8'], responses: { 200: { description: 'OK', examples: { 'Text/Plain': 'hi' } } } } } },
		{ produces: ['application/json'] },
	);
	assert.deepEqual(runRule(rule, { swagger }), []);
});
