import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/content/op-visibility-set';
import { applyFix, rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';
import { mcpCompanion, mcpPost } from '../../helpers/mcp';

test('op-visibility-set fires on the operation key when x-ms-visibility is missing', () => {
	const swagger = textOf(swaggerWith({ '/invoices': { get: { summary: 'List invoices', 'x-ms-visibility': 'important', responses: {} }, delete: { summary: 'Delete invoices', responses: {} } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'op-visibility-set',
			file: 'swagger',
			message: 'The operation does not set "x-ms-visibility": choose important, advanced or internal (operation DELETE /invoices).',
			range: rangeOf(swagger, '"delete"'),
			jsonPointer: '/paths/~1invoices/delete/x-ms-visibility',
		},
	]);
});

test('op-visibility-set does not fire when every operation sets x-ms-visibility (its value is visibility-enum\'s business)', () => {
	const swagger = swaggerWith({ '/invoices': { get: { 'x-ms-visibility': 'advanced', responses: {} }, post: { 'x-ms-visibility': 'none', responses: {} } } });
	assert.deepEqual(runRule(rule, { swagger }), []);
});

test('op-visibility-set fix sets "important" after the description, and "internal" on operations that only feed others', () => {
	const swagger = textOf(
		swaggerWith(
			{
				'/invoices': {
					get: {
						operationId: 'ListInvoices',
						summary: 'List invoices',
						description: 'Lists invoices.',
						parameters: [{ name: 'folder', in: 'query', type: 'string', 'x-ms-dynamic-values': { operationId: 'ListFolders', 'value-path': 'id' } }],
						responses: {},
					},
				},
				'/folders': { get: { operationId: 'ListFolders', summary: 'List folders', responses: {} } },
				'/me': { get: { operationId: 'TestConnection', summary: 'Test connection', responses: {} } },
			},
			{ 'x-ms-capabilities': { testConnection: { operationId: 'TestConnection' } } },
		),
	);
	const findings = runRule(rule, { swagger });
	const fixes = findings.map((finding) => applyFix(rule, finding, { swagger }));
	assert.deepEqual(
		fixes.map((f) => [f.title, f.placeholder]),
		[
			['Set "x-ms-visibility": "important"', 'important'],
			['Set "x-ms-visibility": "internal"', 'internal'],
			['Set "x-ms-visibility": "internal"', 'internal'],
		],
	);
	assert.equal(fixes[0].text, swagger.replace('"description": "Lists invoices.",', '"description": "Lists invoices.",\n        "x-ms-visibility": "important",'));
	assert.equal(fixes[1].text, swagger.replace('"summary": "List folders",', '"summary": "List folders",\n        "x-ms-visibility": "internal",'));
	assert.equal(runRule(rule, { swagger: fixes[0].text }).length, 2);
});

test('op-visibility-set stays quiet on an MCP endpoint and its companion GET (mcp-companion-internal\'s), not on the same operations without x-ms-agentic-protocol', () => {
	const swagger = textOf(swaggerWith({ '/mcp': { post: mcpPost(), get: mcpCompanion({ 'x-ms-visibility': undefined }) } }));
	assert.deepEqual(runRule(rule, { swagger }), []);
	const rest = textOf(swaggerWith({ '/mcp': { post: mcpPost({ 'x-ms-agentic-protocol': undefined }), get: mcpCompanion({ 'x-ms-visibility': undefined }) } }));
	assert.deepEqual(summarize(runRule(rule, { swagger: rest })), [
		{ ruleId: 'op-visibility-set', file: 'swagger', message: 'The operation does not set "x-ms-visibility": choose important, advanced or internal (operation InvokeMCP).', range: rangeOf(rest, '"post"'), jsonPointer: '/paths/~1mcp/post/x-ms-visibility' },
		{ ruleId: 'op-visibility-set', file: 'swagger', message: 'The operation does not set "x-ms-visibility": choose important, advanced or internal (operation StreamMCP).', range: rangeOf(rest, '"get"'), jsonPointer: '/paths/~1mcp/get/x-ms-visibility' },
	]);
});
