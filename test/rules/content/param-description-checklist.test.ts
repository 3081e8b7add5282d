import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/content/param-description-checklist';
import { applyFix, rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';
import { mcpCompanion, mcpPost } from '../../helpers/mcp';

test('param-description-checklist fires on hidden parameters and on a body shown as one field', () => {
	const swagger = textOf(
		swaggerWith({
			'/items': {
				post: {
					parameters: [
						{ name: 'tenant', in: 'header', type: 'string', default: 'x', required: true, 'x-ms-visibility': 'internal', 'x-ms-summary': 'Tenant' },
						{ name: 'ids', in: 'body', schema: { type: 'array', items: { type: 'string' } } },
					],
					responses: {},
				},
			},
		}),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'param-description-checklist',
			file: 'swagger',
			message: "The hidden parameter 'tenant' has no 'description'; the certification checklist asks for one on every parameter (parameter 'tenant' of POST /items).",
			range: rangeOf(swagger, '"tenant"'),
			jsonPointer: '/paths/~1items/post/parameters/0/description',
		},
		{
			ruleId: 'param-description-checklist',
			file: 'swagger',
			message: "The body parameter 'ids' has no 'description', the tooltip of its field in the designer (parameter 'ids' of POST /items).",
			range: rangeOf(swagger, '"ids"'),
			jsonPointer: '/paths/~1items/post/parameters/1/description',
		},
	]);
});

test('param-description-checklist does not fire on described parameters, object bodies or visible fields', () => {
	const swagger = swaggerWith({
		'/a': {
			post: {
				parameters: [
					{ name: 'q', in: 'query', type: 'string' },
					{ name: 'h', in: 'header', type: 'string', 'x-ms-visibility': 'internal', default: 'x', description: 'Set by the connector.' },
					{ name: 'body', in: 'body', schema: { type: 'object', properties: { name: { type: 'string' } } } },
				],
				responses: {},
			},
		},
	});
	assert.deepEqual(runRule(rule, { swagger }), []);
});

test('param-description-checklist fix writes a phrase from the x-ms-summary after it', () => {
	const swagger = textOf(swaggerWith({ '/a': { get: { 'x-ms-visibility': 'internal', parameters: [{ name: 'page', in: 'query', 'x-ms-summary': 'Page', type: 'integer' }], responses: {} } } }));
	const [finding] = runRule(rule, { swagger });
	const fixed = applyFix(rule, finding, { swagger });
	assert.equal(fixed.title, 'Add the description "The page."');
	assert.equal(fixed.text, swagger.replace('"x-ms-summary": "Page",', '"x-ms-summary": "Page",\n            "description": "The page.",'));
});

test('param-description-checklist stays quiet on the JSON-RPC body of an MCP endpoint and its companion GET, not on the same parameters without x-ms-agentic-protocol', () => {
	const body = { name: 'body', in: 'body', required: true, schema: { type: 'object' } };
	const session = { name: 'Mcp-Session-Id', in: 'header', type: 'string', 'x-ms-visibility': 'internal', default: 'none' };
	const swagger = textOf(swaggerWith({ '/mcp': { post: mcpPost({ parameters: [body] }), get: mcpCompanion({ parameters: [session] }) } }));
	assert.deepEqual(runRule(rule, { swagger }), []);
	const rest = textOf(swaggerWith({ '/mcp': { post: mcpPost({ 'x-ms-agentic-protocol': undefined, parameters: [body] }), get: mcpCompanion({ parameters: [session] }) } }));
	assert.deepEqual(summarize(runRule(rule, { swagger: rest })), [
		{
			ruleId: 'param-description-checklist',
			file: 'swagger',
			message: "The body parameter 'body' has no 'description', the tooltip of its field in the designer (parameter 'body' of InvokeMCP).",
			range: rangeOf(rest, '"body"'),
			jsonPointer: '/paths/~1mcp/post/parameters/0/description',
		},
		{
			ruleId: 'param-description-checklist',
			file: 'swagger',
			message: "The hidden parameter 'Mcp-Session-Id' has no 'description'; the certification checklist asks for one on every parameter (parameter 'Mcp-Session-Id' of StreamMCP).",
			range: rangeOf(rest, '"Mcp-Session-Id"'),
			jsonPointer: '/paths/~1mcp/get/parameters/0/description',
		},
	]);
});
