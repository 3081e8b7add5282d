import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/mcp/mcp-endpoint-post';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';
import { mcpCompanion, mcpPost, publicMcpShapes, restConnector } from '../../helpers/mcp';

const MESSAGE = (label: string, method: string) => `The MCP endpoint '${label}' is a ${method} operation: Copilot Studio sends MCP messages with POST, so declare x-ms-agentic-protocol on a POST operation.`;

test('mcp-endpoint-post fires on the key of a GET-only MCP endpoint', () => {
	const swagger = textOf(swaggerWith({ '/mcp': { get: mcpPost() } }));
	const findings = runRule(rule, { swagger });
	assert.deepEqual(summarize(findings), [
		{ ruleId: 'mcp-endpoint-post', file: 'swagger', message: MESSAGE('InvokeMCP', 'GET'), range: rangeOf(swagger, '"x-ms-agentic-protocol"'), jsonPointer: '/paths/~1mcp/get/x-ms-agentic-protocol' },
	]);
	assert.deepEqual(findings[0].data, { operationId: 'InvokeMCP', method: 'get' });
});

test('mcp-endpoint-post fires on a GET beside a POST that is not an MCP endpoint, on a GET on another path, and on a PUT', () => {
	const swagger = textOf(
		swaggerWith({
			'/rest': { post: { operationId: 'CreateItem', responses: { 200: { description: 'Success' } } }, get: mcpPost({ operationId: 'StreamRest' }) },
			'/mcp': { post: mcpPost(), put: mcpPost({ operationId: 'PutMCP' }) },
			'/stream': { get: mcpPost({ operationId: undefined }) },
		}),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'mcp-endpoint-post', file: 'swagger', message: MESSAGE('StreamRest', 'GET'), range: rangeOf(swagger, '"x-ms-agentic-protocol"', 0), jsonPointer: '/paths/~1rest/get/x-ms-agentic-protocol' },
		{ ruleId: 'mcp-endpoint-post', file: 'swagger', message: MESSAGE('PutMCP', 'PUT'), range: rangeOf(swagger, '"x-ms-agentic-protocol"', 2), jsonPointer: '/paths/~1mcp/put/x-ms-agentic-protocol' },
		{ ruleId: 'mcp-endpoint-post', file: 'swagger', message: MESSAGE('GET /stream', 'GET'), range: rangeOf(swagger, '"x-ms-agentic-protocol"', 3), jsonPointer: '/paths/~1stream/get/x-ms-agentic-protocol' },
	]);
});

test('mcp-endpoint-post does not fire on a GET companion beside an MCP POST (with or without the key), the public shapes, or a REST connector', () => {
	const companionWithKey = swaggerWith({ '/mcp': { post: mcpPost(), get: mcpCompanion({ 'x-ms-agentic-protocol': 'mcp-streamable-1.0' }) } });
	for (const swagger of [companionWithKey, ...publicMcpShapes(), restConnector()]) {
		assert.deepEqual(runRule(rule, { swagger }), []);
	}
});
