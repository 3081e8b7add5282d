import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/mcp/mcp-sse-transport';
import protocolKnown from '../../../server/src/rules/mcp/mcp-protocol-known';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';
import { mcpPost, publicMcpShapes, restConnector } from '../../helpers/mcp';

test('mcp-sse-transport fires on the SSE value, and mcp-protocol-known does not', () => {
	const swagger = textOf(swaggerWith({ '/sse': { post: mcpPost({ 'x-ms-agentic-protocol': 'mcp-sse-1.0' }) } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'mcp-sse-transport',
			file: 'swagger',
			message: "Operation 'InvokeMCP' declares the SSE transport ('mcp-sse-1.0'), which Copilot Studio no longer connects to: serve Streamable HTTP and declare 'mcp-streamable-1.0'.",
			range: rangeOf(swagger, '"mcp-sse-1.0"'),
			jsonPointer: '/paths/~1sse/post/x-ms-agentic-protocol',
		},
	]);
	assert.deepEqual(runRule(protocolKnown, { swagger }), []);
});

test('mcp-sse-transport fires on a GET declaring SSE too, naming it by method and path without an operationId', () => {
	const swagger = textOf(swaggerWith({ '/sse': { get: mcpPost({ operationId: undefined, 'x-ms-agentic-protocol': 'mcp-sse-1.0' }) } }));
	assert.deepEqual(runRule(rule, { swagger }).map((f) => f.message), [
		"Operation 'GET /sse' declares the SSE transport ('mcp-sse-1.0'), which Copilot Studio no longer connects to: serve Streamable HTTP and declare 'mcp-streamable-1.0'.",
	]);
});

test('mcp-sse-transport does not fire on the Streamable HTTP value, on other wrong values, or on a REST connector', () => {
	for (const swagger of [...publicMcpShapes(), restConnector(), swaggerWith({ '/mcp': { post: mcpPost({ 'x-ms-agentic-protocol': 'MCP-SSE-1.0' }) } })]) {
		assert.deepEqual(runRule(rule, { swagger }), []);
	}
});
