import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/mcp/mcp-protocol-known';
import { applyFix, rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';
import { mcpPost, publicMcpShapes, restConnector } from '../../helpers/mcp';

const MESSAGE = (shown: string, label: string) => `The x-ms-agentic-protocol value ${shown} of operation '${label}' is not a protocol Copilot Studio knows: use 'mcp-streamable-1.0'.`;

test('mcp-protocol-known fires on the value of a typo and of a non-string value', () => {
	const swagger = textOf(
		swaggerWith({
			'/mcp': { post: mcpPost({ 'x-ms-agentic-protocol': 'mcp-streamable-1.1' }) },
			'/other': { post: mcpPost({ operationId: undefined, 'x-ms-agentic-protocol': true }) },
		}),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'mcp-protocol-known', file: 'swagger', message: MESSAGE("'mcp-streamable-1.1'", 'InvokeMCP'), range: rangeOf(swagger, '"mcp-streamable-1.1"'), jsonPointer: '/paths/~1mcp/post/x-ms-agentic-protocol' },
		{ ruleId: 'mcp-protocol-known', file: 'swagger', message: MESSAGE('true', 'POST /other'), range: rangeOf(swagger, 'true'), jsonPointer: '/paths/~1other/post/x-ms-agentic-protocol' },
	]);
});

test('mcp-protocol-known shows null and objects as JSON', () => {
	const swagger = textOf(swaggerWith({ '/a': { post: mcpPost({ operationId: 'A', 'x-ms-agentic-protocol': null }) }, '/b': { post: mcpPost({ operationId: 'B', 'x-ms-agentic-protocol': { version: 1 } }) } }));
	assert.deepEqual(
		runRule(rule, { swagger }).map((f) => f.message),
		[MESSAGE('null', 'A'), MESSAGE('{"version":1}', 'B')],
	);
});

test('mcp-protocol-known does not fire on the SSE value (mcp-sse-transport\'s), on the public shapes, or on a REST connector', () => {
	assert.deepEqual(runRule(rule, { swagger: swaggerWith({ '/mcp': { post: mcpPost({ 'x-ms-agentic-protocol': 'mcp-sse-1.0' }) } }) }), []);
	for (const swagger of [...publicMcpShapes(), restConnector()]) {
		assert.deepEqual(runRule(rule, { swagger }), []);
	}
});

test('mcp-protocol-known fix sets the Streamable HTTP value in place', () => {
	const swagger = textOf(swaggerWith({ '/mcp': { post: mcpPost({ 'x-ms-agentic-protocol': 'mcp-streamable-1.1' }) }, '/other': { post: mcpPost({ operationId: 'Other', 'x-ms-agentic-protocol': true }) } }));
	const [typo, nonString] = runRule(rule, { swagger });
	const fixed = applyFix(rule, typo, { swagger });
	assert.equal(fixed.title, 'Set "x-ms-agentic-protocol": "mcp-streamable-1.0"');
	assert.equal(fixed.text, swagger.replace('"x-ms-agentic-protocol": "mcp-streamable-1.1"', '"x-ms-agentic-protocol": "mcp-streamable-1.0"'));
	assert.deepEqual(runRule(rule, { swagger: fixed.text }).map((f) => f.jsonPointer), ['/paths/~1other/post/x-ms-agentic-protocol']);
	const both = applyFix(rule, runRule(rule, { swagger: fixed.text })[0], { swagger: fixed.text });
	assert.equal(both.text, fixed.text.replace('"x-ms-agentic-protocol": true', '"x-ms-agentic-protocol": "mcp-streamable-1.0"'));
	assert.deepEqual(runRule(rule, { swagger: both.text }), []);
	assert.equal(applyFix(rule, nonString, { swagger }).text, swagger.replace('"x-ms-agentic-protocol": true', '"x-ms-agentic-protocol": "mcp-streamable-1.0"'));
});
