import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/mcp/mcp-companion-internal';
import { applyFix, rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';
import { mcpCompanion, mcpPost, publicMcpShapes, restConnector } from '../../helpers/mcp';

const MESSAGE = (label: string) => `The GET operation '${label}' beside the MCP endpoint should have "x-ms-visibility": "internal": it is the MCP event stream, not an action.`;

test('mcp-companion-internal fires on the operation key when the companion GET has no x-ms-visibility', () => {
	const swagger = textOf(swaggerWith({ '/mcp': { post: mcpPost(), get: mcpCompanion({ 'x-ms-visibility': undefined }) } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'mcp-companion-internal', file: 'swagger', message: MESSAGE('StreamMCP'), range: rangeOf(swagger, '"get"'), jsonPointer: '/paths/~1mcp/get/x-ms-visibility' },
	]);
});

test('mcp-companion-internal fires on the value when the companion GET is visible, and on a companion carrying the key itself', () => {
	const swagger = textOf(
		swaggerWith({
			'/mcp': { post: mcpPost(), get: mcpCompanion({ 'x-ms-visibility': 'important' }) },
			'/mcp2': { post: mcpPost({ operationId: 'InvokeMCP2' }), get: { 'x-ms-agentic-protocol': 'mcp-streamable-1.0', 'x-ms-visibility': 'advanced', responses: { 200: { description: 'Success' } } } },
		}),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'mcp-companion-internal', file: 'swagger', message: MESSAGE('StreamMCP'), range: rangeOf(swagger, '"important"'), jsonPointer: '/paths/~1mcp/get/x-ms-visibility' },
		{ ruleId: 'mcp-companion-internal', file: 'swagger', message: MESSAGE('GET /mcp2'), range: rangeOf(swagger, '"advanced"'), jsonPointer: '/paths/~1mcp2/get/x-ms-visibility' },
	]);
});

test('mcp-companion-internal does not fire on an internal companion, a GET beside a REST POST, a GET-only MCP endpoint, the public shapes, or a REST connector', () => {
	const restGet = swaggerWith({ '/mcp': { post: mcpPost() }, '/items': { post: { operationId: 'CreateItem', responses: {} }, get: { operationId: 'ListItems', responses: {} } } });
	const getOnly = swaggerWith({ '/mcp': { get: mcpPost() } });
	const sseCompanion = swaggerWith({ '/mcp': { post: mcpPost({ 'x-ms-agentic-protocol': 'mcp-sse-1.0' }), get: mcpCompanion({ 'x-ms-visibility': 'INTERNAL' }) } });
	for (const swagger of [restGet, getOnly, sseCompanion, ...publicMcpShapes(), restConnector()]) {
		assert.deepEqual(runRule(rule, { swagger }), []);
	}
});

test('mcp-companion-internal fix adds "internal" after the description, or replaces the value in place', () => {
	const missing = textOf(swaggerWith({ '/mcp': { post: mcpPost(), get: mcpCompanion({ 'x-ms-visibility': undefined }) } }));
	const added = applyFix(rule, runRule(rule, { swagger: missing })[0], { swagger: missing });
	assert.equal(added.title, 'Set "x-ms-visibility": "internal"');
	assert.equal(
		added.text,
		missing.replace('"description": "Opens the event stream of the Contoso MCP server.",', '"description": "Opens the event stream of the Contoso MCP server.",\n        "x-ms-visibility": "internal",'),
	);
	assert.deepEqual(runRule(rule, { swagger: added.text }), []);

	const visible = textOf(swaggerWith({ '/mcp': { post: mcpPost(), get: mcpCompanion({ 'x-ms-visibility': 'important' }) } }));
	const replaced = applyFix(rule, runRule(rule, { swagger: visible })[0], { swagger: visible });
	assert.equal(replaced.title, 'Set "x-ms-visibility": "internal"');
	assert.equal(replaced.text, visible.replace('"x-ms-visibility": "important"', '"x-ms-visibility": "internal"'));
	assert.deepEqual(runRule(rule, { swagger: replaced.text }), []);
});
