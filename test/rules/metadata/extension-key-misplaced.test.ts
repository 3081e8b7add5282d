import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/metadata/extension-key-misplaced';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';
import { mcpPost } from '../../helpers/mcp';

test('extension-key-misplaced fires on x-ms-trigger on a parameter', () => {
	const swagger = textOf(swaggerWith({ '/a': { get: { parameters: [{ name: 'q', in: 'query', type: 'string', 'x-ms-trigger': 'single' }], responses: { 200: { description: 'OK' } } } } }));
	const findings = runRule(rule, { swagger });
	assert.deepEqual(summarize(findings), [
		{
			ruleId: 'extension-key-misplaced',
			file: 'swagger',
			message: "The extension 'x-ms-trigger' has no effect on a parameter; it applies to an operation (parameter 'q' of GET /a).",
			range: rangeOf(swagger, '"x-ms-trigger"'),
			jsonPointer: '/paths/~1a/get/parameters/0/x-ms-trigger',
		},
	]);
	assert.deepEqual(findings[0].data, { key: 'x-ms-trigger', level: 'parameter', levels: ['operation'] });
});

test('extension-key-misplaced fires on x-ms-summary on an operation and x-ms-url-encoding in a schema', () => {
	const swagger = swaggerWith({}, { definitions: { A: { type: 'string', 'x-ms-url-encoding': 'single' } } });
	(swagger as { paths: object }).paths = { '/b': { post: { 'x-ms-summary': 'B', responses: { 200: { description: 'OK' } } } } };
	assert.deepEqual(runRule(rule, { swagger }).map((f) => f.jsonPointer), ['/paths/~1b/post/x-ms-summary', '/definitions/A/x-ms-url-encoding']);
});

test('extension-key-misplaced does not fire where the extensions take effect', () => {
	const swagger = swaggerWith(
		{
			'/hooks': {
				'x-ms-notification-content': { schema: { type: 'object' } },
				post: {
					'x-ms-trigger': 'single',
					'x-ms-visibility': 'important',
					parameters: [{ name: 'id', in: 'path', required: true, type: 'string', 'x-ms-url-encoding': 'single', 'x-ms-summary': 'ID', 'x-ms-dynamic-values': { operationId: 'List' } }],
					responses: { 201: { description: 'Created', schema: { type: 'object', 'x-ms-dynamic-schema': { operationId: 'S' } } } },
				},
			},
		},
		{ 'x-ms-connector-metadata': [], 'x-ms-capabilities': {}, info: { title: 'C', version: '1', 'x-ms-api-annotation': { status: 'Preview' } } },
	);
	assert.deepEqual(runRule(rule, { swagger }), []);
});

test('extension-key-misplaced accepts x-ms-agentic-protocol on an operation, not on the path item', () => {
	assert.deepEqual(runRule(rule, { swagger: swaggerWith({ '/mcp': { post: mcpPost() } }) }), []);
	const swagger = textOf(swaggerWith({ '/mcp': { 'x-ms-agentic-protocol': 'mcp-streamable-1.0', post: mcpPost({ 'x-ms-agentic-protocol': undefined }) } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'extension-key-misplaced',
			file: 'swagger',
			message: "The extension 'x-ms-agentic-protocol' has no effect on a path item; it applies to an operation (path '/mcp').",
			range: rangeOf(swagger, '"x-ms-agentic-protocol"'),
			jsonPointer: '/paths/~1mcp/x-ms-agentic-protocol',
		},
	]);
});
