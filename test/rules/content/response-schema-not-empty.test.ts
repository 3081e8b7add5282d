import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/content/response-schema-not-empty';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

const MESSAGE = (id: string) => `The response schema of operation '${id}' is empty; define its properties, or use 'x-ms-dynamic-schema' if the shape is dynamic.`;

test('response-schema-not-empty fires on an empty inline schema and once on a shared empty definition', () => {
	const swagger = textOf(
		swaggerWith(
			{
				'/a': { get: { operationId: 'GetA', responses: { 200: { description: 'OK', schema: { type: 'object' } } } } },
				'/b': { get: { operationId: 'GetB', responses: { 200: { description: 'OK', schema: { $ref: '#/definitions/Empty' } } } } },
				'/c': { get: { operationId: 'GetC', responses: { 200: { description: 'OK', schema: { $ref: '#/definitions/Empty' } } } } },
			},
			{ definitions: { Empty: { type: 'object', properties: {} } } },
		),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'response-schema-not-empty', file: 'swagger', message: MESSAGE('GetA'), range: rangeOf(swagger, '"schema"'), jsonPointer: '/paths/~1a/get/responses/200/schema' },
		{ ruleId: 'response-schema-not-empty', file: 'swagger', message: MESSAGE('GetB'), range: rangeOf(swagger, '"Empty"'), jsonPointer: '/definitions/Empty' },
	]);
});

test('response-schema-not-empty does not fire on described, dynamic, scalar or internal responses', () => {
	const swagger = swaggerWith({
		'/a': {
			get: { responses: { 200: { description: 'OK', schema: { type: 'object', properties: { id: { type: 'string' } } } } } },
			post: { responses: { 200: { description: 'OK', schema: { type: 'object', 'x-ms-dynamic-schema': { operationId: 'GetSchema', parameters: {} } } } } },
			put: { responses: { 200: { description: 'OK', schema: { type: 'string' } }, default: { description: 'Error', schema: {} } } },
			patch: { 'x-ms-visibility': 'internal', responses: { 200: { description: 'OK', schema: {} } } },
		},
	});
	assert.deepEqual(runRule(rule, { swagger }), []);
});
