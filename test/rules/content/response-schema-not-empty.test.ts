import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/content/response-schema-not-empty';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';
import { mcpCompanion, mcpPost } from '../../helpers/mcp';

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

test('response-schema-not-empty stays quiet on an MCP endpoint and its visible companion GET, not on the same operations without x-ms-agentic-protocol', () => {
	const empty = { 200: { description: 'Success', schema: { type: 'object' } } };
	const swagger = textOf(swaggerWith({ '/mcp': { post: mcpPost({ responses: empty }), get: mcpCompanion({ 'x-ms-visibility': undefined, responses: empty }) } }));
	assert.deepEqual(runRule(rule, { swagger }), []);
	const rest = textOf(swaggerWith({ '/mcp': { post: mcpPost({ 'x-ms-agentic-protocol': undefined, responses: empty }), get: mcpCompanion({ 'x-ms-visibility': undefined, responses: empty }) } }));
	assert.deepEqual(summarize(runRule(rule, { swagger: rest })), [
		{ ruleId: 'response-schema-not-empty', file: 'swagger', message: MESSAGE('InvokeMCP'), range: rangeOf(rest, '"schema"', 0), jsonPointer: '/paths/~1mcp/post/responses/200/schema' },
		{ ruleId: 'response-schema-not-empty', file: 'swagger', message: MESSAGE('StreamMCP'), range: rangeOf(rest, '"schema"', 1), jsonPointer: '/paths/~1mcp/get/responses/200/schema' },
	]);
});
