import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/metadata/extension-key-unknown';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';
import { mcpPost } from '../../helpers/mcp';

test('extension-key-unknown fires on an undocumented x-ms key', () => {
	const swagger = textOf(swaggerWith({ '/a': { get: { 'x-ms-long-running-operation': true, responses: { 200: { description: 'OK' } } } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'extension-key-unknown',
			file: 'swagger',
			message: "The extension key 'x-ms-long-running-operation' is not a documented Power Platform connector extension; the platform ignores it (operation GET /a).",
			range: rangeOf(swagger, '"x-ms-long-running-operation"'),
			jsonPointer: '/paths/~1a/get/x-ms-long-running-operation',
		},
	]);
});

test('extension-key-unknown ignores known keys, near misses, other vendors and property names', () => {
	const swagger = swaggerWith(
		{ '/a': { get: { 'x-ms-visibility': 'advanced', 'x-ms-visibilty': 'advanced', 'x-codegen': 1, responses: { 200: { description: 'OK' } } } } },
		{ definitions: { A: { type: 'object', properties: { 'x-ms-anything': { type: 'string' } } } } },
	);
	assert.deepEqual(runRule(rule, { swagger }), []);
});

test('extension-key-unknown accepts x-ms-agentic-protocol on an MCP endpoint, not an undocumented x-ms-agentic-* key beside it', () => {
	assert.deepEqual(runRule(rule, { swagger: swaggerWith({ '/mcp': { post: mcpPost() } }) }), []);
	const swagger = textOf(swaggerWith({ '/mcp': { post: mcpPost({ 'x-ms-agentic-server': 'contoso' }) } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'extension-key-unknown',
			file: 'swagger',
			message: "The extension key 'x-ms-agentic-server' is not a documented Power Platform connector extension; the platform ignores it (operation InvokeMCP).",
			range: rangeOf(swagger, '"x-ms-agentic-server"'),
			jsonPointer: '/paths/~1mcp/post/x-ms-agentic-server',
		},
	]);
});

test('extension-key-unknown finds keys in nested schemas, in document order, with their paths', () => {
	const swagger = swaggerWith(
		{
			'/a': {
				post: {
					parameters: [{ name: 'body', in: 'body', schema: { type: 'object', properties: { p: { type: 'array', items: { 'x-ms-deep': 1 } } } } }],
					responses: { 200: { description: 'OK' } },
				},
			},
		},
		{
			definitions: {
				A: {
					'x-ms-top': 1,
					properties: { b: { 'x-ms-property': 1 } },
					items: [{ 'x-ms-tuple': 1 }],
					additionalProperties: { 'x-ms-additional': 1 },
					allOf: [{}, { properties: { c: { allOf: [{ 'x-ms-nested-all-of': 1 }] } } }],
				},
			},
		},
	);
	assert.deepEqual(
		runRule(rule, { swagger }).map((finding) => finding.jsonPointer),
		[
			'/paths/~1a/post/parameters/0/schema/properties/p/items/x-ms-deep',
			'/definitions/A/x-ms-top',
			'/definitions/A/properties/b/x-ms-property',
			'/definitions/A/items/0/x-ms-tuple',
			'/definitions/A/additionalProperties/x-ms-additional',
			'/definitions/A/allOf/1/properties/c/allOf/0/x-ms-nested-all-of',
		],
	);
});

test('extension-key-unknown finds keys at every level of the walk, with their paths', () => {
	const swagger = swaggerWith(
		{
			'/a': {
				'x-ms-notification-content': { schema: { 'x-ms-in-notification': 1 } },
				parameters: [{ name: 'q', in: 'query', type: 'array', items: { type: 'array', items: { 'x-ms-in-items': 1 } } }],
				get: {
					externalDocs: { url: 'https://contoso.com', 'x-ms-in-docs': 1 },
					responses: { 200: { description: 'OK', headers: { H: { type: 'string', 'x-ms-in-header': 1 } } } },
				},
			},
		},
		{
			info: { title: 'T', version: '1', contact: { 'x-ms-in-contact': 1 } },
			tags: [{ name: 't', 'x-ms-in-tag': 1 }],
			securityDefinitions: { oauth: { type: 'oauth2', 'x-ms-in-security': 1 } },
			responses: { R: { description: 'R', 'x-ms-in-shared-response': 1 } },
		},
	);
	assert.deepEqual(runRule(rule, { swagger }).map((finding) => finding.jsonPointer).sort(), [
		'/info/contact/x-ms-in-contact',
		'/paths/~1a/get/externalDocs/x-ms-in-docs',
		'/paths/~1a/get/responses/200/headers/H/x-ms-in-header',
		'/paths/~1a/parameters/0/items/items/x-ms-in-items',
		'/paths/~1a/x-ms-notification-content/schema/x-ms-in-notification',
		'/responses/R/x-ms-in-shared-response',
		'/securityDefinitions/oauth/x-ms-in-security',
		'/tags/0/x-ms-in-tag',
	]);
});
