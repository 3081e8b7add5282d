import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/metadata/schemes-https';
import mcpHttps from '../../../server/src/rules/mcp/mcp-https';
import { parseText } from '../../../server/src/engine/parsedFile';
import { checkConnector } from '../../../server/src/engine/run';
import { applyFix, rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';
import { mcpPost } from '../../helpers/mcp';

const MESSAGE = "The scheme 'http' should be 'https': the connector should reach its service over HTTPS only.";

test('schemes-https fires on http at the root and on an operation', () => {
	const swagger = textOf(swaggerWith({ '/a': { get: { schemes: ['http'], responses: { 200: { description: 'OK' } } } } }, { schemes: ['https', 'http'] }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'schemes-https', file: 'swagger', message: MESSAGE, range: rangeOf(swagger, '"http"', 0), jsonPointer: '/schemes/1' },
		{ ruleId: 'schemes-https', file: 'swagger', message: MESSAGE, range: rangeOf(swagger, '"http"', 1), jsonPointer: '/paths/~1a/get/schemes/0' },
	]);
});

test('schemes-https does not fire on https', () => {
	assert.deepEqual(runRule(rule, { swagger: swaggerWith({}, { schemes: ['https'] }) }), []);
});

test('schemes-https fix replaces http by https, or removes it when the list already has https', () => {
	const swagger = textOf(swaggerWith({ '/a': { get: { schemes: ['http'], responses: {} } } }, { schemes: ['https', 'http'] }));
	const [root, operation] = runRule(rule, { swagger });
	const removed = applyFix(rule, root, { swagger });
	assert.equal(removed.title, "Remove 'http' (the list has 'https')");
	assert.equal(removed.text, swagger.replace('"https",\n    "http"\n', '"https"\n'));
	const replaced = applyFix(rule, operation, { swagger });
	assert.equal(replaced.title, "Replace 'http' by 'https'");
	assert.equal(replaced.text, swagger.replace('"schemes": [\n          "http"', '"schemes": [\n          "https"'));
	assert.deepEqual(runRule(rule, { swagger: applyFix(rule, runRule(rule, { swagger: removed.text })[0], { swagger: removed.text }).text }), []);
});

test('schemes-https fix keeps a single https when http appears twice', () => {
	const swagger = textOf(swaggerWith({}, { schemes: ['http', 'HTTP'] }));
	const [first, second] = runRule(rule, { swagger });
	assert.equal(applyFix(rule, first, { swagger }).title, "Replace 'http' by 'https'");
	assert.equal(applyFix(rule, second, { swagger }).title, "Remove 'http' (the list has 'https')");
});

test('schemes-https defers to mcp-https on an MCP connector: only mcp-https reports http there', () => {
	const both = (swagger: string) => summarize(checkConnector([rule, mcpHttps], { swagger: parseText(swagger) }, { config: { profile: 'strict' } }).findings.swagger);
	const mcp = textOf(swaggerWith({ '/mcp': { post: mcpPost({ schemes: ['http'] }) } }, { schemes: ['https', 'http'] }));
	const MCP_MESSAGE = "The scheme 'http' must be 'https' on an MCP connector: Copilot Studio reaches MCP servers over HTTPS only.";
	assert.deepEqual(both(mcp), [
		{ ruleId: 'mcp-https', file: 'swagger', message: MCP_MESSAGE, range: rangeOf(mcp, '"http"', 0), jsonPointer: '/schemes/1' },
		{ ruleId: 'mcp-https', file: 'swagger', message: MCP_MESSAGE, range: rangeOf(mcp, '"http"', 1), jsonPointer: '/paths/~1mcp/post/schemes/0' },
	]);
	// Alone, schemes-https still reports both; on the same connector without x-ms-agentic-protocol, it is the one that reports.
	assert.equal(runRule(rule, { swagger: mcp }).length, 2);
	const rest = textOf(swaggerWith({ '/mcp': { post: mcpPost({ 'x-ms-agentic-protocol': undefined, schemes: ['http'] }) } }, { schemes: ['https', 'http'] }));
	assert.deepEqual(both(rest), [
		{ ruleId: 'schemes-https', file: 'swagger', message: MESSAGE, range: rangeOf(rest, '"http"', 0), jsonPointer: '/schemes/1' },
		{ ruleId: 'schemes-https', file: 'swagger', message: MESSAGE, range: rangeOf(rest, '"http"', 1), jsonPointer: '/paths/~1mcp/post/schemes/0' },
	]);
});
