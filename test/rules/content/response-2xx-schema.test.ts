import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import rule from '../../../server/src/rules/content/response-2xx-schema';
import { applyFix, rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';
import { upstreamPair } from '../../helpers/upstream';
import { mcpCompanion, mcpPost } from '../../helpers/mcp';

test('response-2xx-schema fires on the response key when no success response has a schema', () => {
	const swagger = textOf(swaggerWith({ '/seal': { post: { operationId: 'SealDocument', summary: 'Seal document', responses: { 200: { description: 'OK' }, 400: { description: 'Bad' } } } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'response-2xx-schema', file: 'swagger', message: "The operation 'SealDocument' should define a response schema for its '200' response.", range: rangeOf(swagger, '"200"'), jsonPointer: '/paths/~1seal/post/responses/200/schema' },
	]);
});

test('response-2xx-schema does not fire on schemas, dynamic schemas, 202/204, deletes or default-only', () => {
	const swagger = swaggerWith({
		'/a': {
			get: { responses: { 200: { description: 'OK', schema: { type: 'string' } } } },
			post: { responses: { 200: { description: 'OK', 'x-ms-dynamic-schema': { operationId: 'GetSchema', parameters: {} } } } },
			put: { responses: { 202: { description: 'Accepted' }, 204: { description: 'No content' } } },
			delete: { responses: { 200: { description: 'Deleted' } } },
			patch: { responses: { default: { description: 'OK' } } },
		},
	});
	assert.deepEqual(runRule(rule, { swagger }), []);
});

test('response-2xx-schema flags the corpus pair before the fix and not after (GetAccept, pair 23)', () => {
	const dir = upstreamPair('23-GetAccept');
	assert.deepEqual(runRule(rule, { swagger: readFileSync(`${dir}/before.json`, 'utf8') }).map((f) => f.jsonPointer), ['/paths/~1documents~1{documentId}~1seal/post/responses/200/schema']);
	assert.deepEqual(runRule(rule, { swagger: readFileSync(`${dir}/after.json`, 'utf8') }), []);
});

test('response-2xx-schema fix adds a schema stub after the description, at a shared response', () => {
	const swagger = textOf(
		swaggerWith({ '/a': { get: { summary: 'List', responses: { 200: { $ref: '#/responses/Ok' } } } } }, { responses: { Ok: { description: 'OK', headers: {} } } }),
	);
	const [finding] = runRule(rule, { swagger });
	const fixed = applyFix(rule, finding, { swagger });
	assert.equal(fixed.title, 'Add a schema stub to the response');
	assert.equal(fixed.text, swagger.replace('"description": "OK",', '"description": "OK",\n      "schema": {\n        "type": "object",\n        "properties": {}\n      },'));
	assert.deepEqual(runRule(rule, { swagger: fixed.text }), []);
});

test('response-2xx-schema stays quiet on an MCP endpoint and its companion GET, not on the same operations without x-ms-agentic-protocol', () => {
	const swagger = textOf(swaggerWith({ '/mcp': { post: mcpPost(), get: mcpCompanion() } }));
	assert.deepEqual(runRule(rule, { swagger }), []);
	const rest = textOf(swaggerWith({ '/mcp': { post: mcpPost({ 'x-ms-agentic-protocol': undefined }), get: mcpCompanion() } }));
	assert.deepEqual(summarize(runRule(rule, { swagger: rest })), [
		{ ruleId: 'response-2xx-schema', file: 'swagger', message: "The operation 'InvokeMCP' should define a response schema for its '200' response.", range: rangeOf(rest, '"200"', 0), jsonPointer: '/paths/~1mcp/post/responses/200/schema' },
		{ ruleId: 'response-2xx-schema', file: 'swagger', message: "The operation 'StreamMCP' should define a response schema for its '200' response.", range: rangeOf(rest, '"200"', 1), jsonPointer: '/paths/~1mcp/get/responses/200/schema' },
	]);
});
