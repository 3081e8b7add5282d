import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/mcp/mcp-endpoint-path';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';
import { mcpPost, publicMcpShapes, restConnector } from '../../helpers/mcp';

test('mcp-endpoint-path fires on the path key when the MCP path has a {parameter}', () => {
	const swagger = textOf(swaggerWith({ '/{tenant}/mcp': { post: mcpPost({ parameters: [{ name: 'tenant', in: 'path', required: true, type: 'string' }] }) } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'mcp-endpoint-path',
			file: 'swagger',
			message: "The MCP endpoint 'InvokeMCP' has parameters in its path '/{tenant}/mcp': Copilot Studio fills none, so use a fixed path such as '/mcp'.",
			range: rangeOf(swagger, '"/{tenant}/mcp"'),
			jsonPointer: '/paths/~1{tenant}~1mcp',
		},
	]);
});

test('mcp-endpoint-path fires on basePath when it has a {parameter}', () => {
	const swagger = textOf(swaggerWith({ '/mcp': { post: mcpPost() } }, { basePath: '/{region}' }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'mcp-endpoint-path',
			file: 'swagger',
			message: "The basePath '/{region}' of the MCP endpoint 'InvokeMCP' has parameters: Copilot Studio fills none, so use a fixed basePath (or a policy to route the request).",
			range: rangeOf(swagger, '"/{region}"'),
			jsonPointer: '/basePath',
		},
	]);
});

test('mcp-endpoint-path reports the path, not also the basePath, when both have parameters', () => {
	const swagger = textOf(swaggerWith({ '/{tenant}': { post: mcpPost() } }, { basePath: '/{region}' }));
	assert.deepEqual(runRule(rule, { swagger }).map((f) => f.jsonPointer), ['/paths/~1{tenant}']);
});

test('mcp-endpoint-path does not fire on fixed paths, on a GET-only MCP operation, on a REST path with parameters, or on a REST connector', () => {
	const restBeside = swaggerWith({ '/mcp': { post: mcpPost() }, '/items/{id}': { get: { operationId: 'GetItem', responses: { 200: { description: 'Success' } } } } });
	const getOnly = swaggerWith({ '/{tenant}/mcp': { get: mcpPost() } });
	for (const swagger of [...publicMcpShapes(), restBeside, getOnly, restConnector()]) {
		assert.deepEqual(runRule(rule, { swagger }), []);
	}
});
