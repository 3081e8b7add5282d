import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/content/param-x-ms-summary-checklist';
import { applyFix, rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';
import { mcpCompanion, mcpPost } from '../../helpers/mcp';

test('param-x-ms-summary-checklist fires on hidden parameters and on a body shown as one field', () => {
	const swagger = textOf(
		swaggerWith(
			{
				'/files': {
					post: {
						parameters: [
							{ name: 'format', in: 'header', type: 'string', default: 'json', required: true, 'x-ms-visibility': 'internal' },
							{ name: 'file', in: 'body', schema: { type: 'string', format: 'binary' } },
						],
						responses: {},
					},
				},
				'/status': { get: { 'x-ms-visibility': 'internal', parameters: [{ $ref: '#/parameters/JobId' }], responses: {} } },
			},
			{ parameters: { JobId: { name: 'jobId', in: 'query', type: 'string' } } },
		),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'param-x-ms-summary-checklist',
			file: 'swagger',
			message: "The hidden parameter 'format' has no 'x-ms-summary'; the certification checklist asks for one on every parameter (parameter 'format' of POST /files).",
			range: rangeOf(swagger, '"format"'),
			jsonPointer: '/paths/~1files/post/parameters/0/x-ms-summary',
		},
		{
			ruleId: 'param-x-ms-summary-checklist',
			file: 'swagger',
			message: "The body parameter 'file' has no 'x-ms-summary', the label of its field in the designer (parameter 'file' of POST /files).",
			range: rangeOf(swagger, '"file"'),
			jsonPointer: '/paths/~1files/post/parameters/1/x-ms-summary',
		},
		{
			ruleId: 'param-x-ms-summary-checklist',
			file: 'swagger',
			message: "The hidden parameter 'jobId' has no 'x-ms-summary'; the certification checklist asks for one on every parameter (shared parameter 'jobId').",
			range: rangeOf(swagger, '"JobId"'),
			jsonPointer: '/parameters/JobId/x-ms-summary',
		},
	]);
});

test('param-x-ms-summary-checklist does not fire on a body whose schema unfolds into properties, nor on the fields of visible operations', () => {
	// Visible query parameters are param-x-ms-summary-required's; an object body shows its properties, where the labels go.
	const swagger = swaggerWith(
		{ '/a': { post: { parameters: [{ name: 'q', in: 'query', type: 'string' }, { name: 'body', in: 'body', schema: { $ref: '#/definitions/Invoice' } }], responses: {} } } },
		{ definitions: { Invoice: { type: 'object', properties: { total: { type: 'number' } } } } },
	);
	assert.deepEqual(runRule(rule, { swagger }), []);
});

test('param-x-ms-summary-checklist fix adds the name in title case after it', () => {
	const swagger = textOf(swaggerWith({ '/a': { get: { parameters: [{ name: 'api_version', in: 'query', type: 'string', 'x-ms-visibility': 'internal', default: '1' }], responses: {} } } }));
	const [finding] = runRule(rule, { swagger });
	const fixed = applyFix(rule, finding, { swagger });
	assert.equal(fixed.title, 'Add the x-ms-summary "API Version"');
	assert.equal(fixed.text, swagger.replace('"name": "api_version",', '"name": "api_version",\n            "x-ms-summary": "API Version",'));
	assert.deepEqual(runRule(rule, { swagger: fixed.text }), []);
});

test('param-x-ms-summary-checklist stays quiet on the JSON-RPC body of an MCP endpoint and its companion GET, not on the same parameters without x-ms-agentic-protocol', () => {
	const body = { name: 'body', in: 'body', required: true, schema: { type: 'object' } };
	const session = { name: 'Mcp-Session-Id', in: 'header', type: 'string', 'x-ms-visibility': 'internal', default: 'none' };
	const swagger = textOf(swaggerWith({ '/mcp': { post: mcpPost({ parameters: [body] }), get: mcpCompanion({ parameters: [session] }) } }));
	assert.deepEqual(runRule(rule, { swagger }), []);
	const rest = textOf(swaggerWith({ '/mcp': { post: mcpPost({ 'x-ms-agentic-protocol': undefined, parameters: [body] }), get: mcpCompanion({ parameters: [session] }) } }));
	assert.deepEqual(summarize(runRule(rule, { swagger: rest })), [
		{
			ruleId: 'param-x-ms-summary-checklist',
			file: 'swagger',
			message: "The body parameter 'body' has no 'x-ms-summary', the label of its field in the designer (parameter 'body' of InvokeMCP).",
			range: rangeOf(rest, '"body"'),
			jsonPointer: '/paths/~1mcp/post/parameters/0/x-ms-summary',
		},
		{
			ruleId: 'param-x-ms-summary-checklist',
			file: 'swagger',
			message: "The hidden parameter 'Mcp-Session-Id' has no 'x-ms-summary'; the certification checklist asks for one on every parameter (parameter 'Mcp-Session-Id' of StreamMCP).",
			range: rangeOf(rest, '"Mcp-Session-Id"'),
			jsonPointer: '/paths/~1mcp/get/parameters/0/x-ms-summary',
		},
	]);
});
