import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/mcp/mcp-single-endpoint';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';
import { mcpCompanion, mcpPost, publicMcpShapes, restConnector } from '../../helpers/mcp';

test('mcp-single-endpoint fires on the second MCP POST, with the first as related information', () => {
	const swagger = textOf(swaggerWith({ '/mcp': { post: mcpPost() }, '/mcp2': { post: mcpPost({ operationId: 'InvokeMCP2' }) } }));
	const findings = runRule(rule, { swagger });
	assert.deepEqual(summarize(findings), [
		{
			ruleId: 'mcp-single-endpoint',
			file: 'swagger',
			message: "Operation 'InvokeMCP2' is a second MCP endpoint beside 'InvokeMCP': one MCP connector should expose one MCP server.",
			range: rangeOf(swagger, '"x-ms-agentic-protocol"', 1),
			jsonPointer: '/paths/~1mcp2/post/x-ms-agentic-protocol',
		},
	]);
	assert.deepEqual(findings[0].related, [{ file: 'swagger', range: rangeOf(swagger, '"x-ms-agentic-protocol"', 0), jsonPointer: '/paths/~1mcp/post/x-ms-agentic-protocol', message: 'The first MCP endpoint.' }]);
});

test('mcp-single-endpoint reports every MCP POST after the first, each pointing at the first', () => {
	const swagger = textOf(swaggerWith({ '/a': { post: mcpPost({ operationId: 'A' }) }, '/b': { post: mcpPost({ operationId: undefined }) }, '/c': { post: mcpPost({ operationId: 'C', 'x-ms-agentic-protocol': 'mcp-sse-1.0' }) } }));
	const findings = runRule(rule, { swagger });
	assert.deepEqual(findings.map((f) => [f.message, f.related?.map((r) => r.jsonPointer)]), [
		["Operation 'POST /b' is a second MCP endpoint beside 'A': one MCP connector should expose one MCP server.", ['/paths/~1a/post/x-ms-agentic-protocol']],
		["Operation 'C' is a second MCP endpoint beside 'A': one MCP connector should expose one MCP server.", ['/paths/~1a/post/x-ms-agentic-protocol']],
	]);
});

test('mcp-single-endpoint does not fire on one POST with its GET companion (even one carrying the key), the public shapes, or a REST connector', () => {
	const companionWithKey = swaggerWith({ '/mcp': { post: mcpPost(), get: mcpCompanion({ 'x-ms-agentic-protocol': 'mcp-streamable-1.0' }) } });
	const restPosts = swaggerWith({ '/mcp': { post: mcpPost() }, '/items': { post: { operationId: 'CreateItem', responses: { 200: { description: 'Success' } } } } });
	for (const swagger of [companionWithKey, restPosts, ...publicMcpShapes(), restConnector()]) {
		assert.deepEqual(runRule(rule, { swagger }), []);
	}
});
