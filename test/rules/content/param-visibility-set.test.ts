import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/content/param-visibility-set';
import { applyFix, rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';
import { mcpCompanion, mcpPost } from '../../helpers/mcp';

// The parameter it is about ends the message, so the Problems row stands alone.
const MESSAGE = (subject: string) => `The parameter does not set "x-ms-visibility": choose important, advanced or internal (${subject}).`;

test('param-visibility-set fires on the parameter name when x-ms-visibility is missing', () => {
	const swagger = textOf(
		swaggerWith({ '/a': { get: { parameters: [{ name: 'q', in: 'query', type: 'string', 'x-ms-visibility': 'important' }, { name: 'top', in: 'query', type: 'integer' }], responses: {} } } }),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'param-visibility-set', file: 'swagger', message: MESSAGE("parameter 'top' of GET /a"), range: rangeOf(swagger, '"top"'), jsonPointer: '/paths/~1a/get/parameters/1/x-ms-visibility' },
	]);
});

test('param-visibility-set reports a shared $ref parameter once, at its definition', () => {
	const swagger = textOf(
		swaggerWith(
			{
				'/a': { get: { parameters: [{ $ref: '#/parameters/Top' }], responses: {} } },
				'/b': { get: { parameters: [{ $ref: '#/parameters/Top' }], responses: {} } },
			},
			{ parameters: { Top: { name: 'top', in: 'query', type: 'integer' } } },
		),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'param-visibility-set', file: 'swagger', message: MESSAGE("shared parameter 'top'"), range: rangeOf(swagger, '"Top"'), jsonPointer: '/parameters/Top/x-ms-visibility' },
	]);
});

test('param-visibility-set does not fire when every parameter sets x-ms-visibility', () => {
	const swagger = swaggerWith({ '/a': { get: { parameters: [{ name: 'q', in: 'query', type: 'string', 'x-ms-visibility': 'advanced' }], responses: {} } } });
	assert.deepEqual(runRule(rule, { swagger }), []);
});

test('param-visibility-set fix sets "important" on required and path parameters and "advanced" on optional ones', () => {
	const swagger = textOf(
		swaggerWith({
			'/invoices/{id}': {
				get: {
					parameters: [
						{ name: 'id', in: 'path', type: 'string', 'x-ms-summary': 'ID', description: 'The invoice ID.' },
						{ name: 'format', in: 'query', type: 'string', required: true, 'x-ms-summary': 'Format' },
						{ name: '$top', in: 'query', type: 'integer' },
					],
					responses: {},
				},
			},
		}),
	);
	const findings = runRule(rule, { swagger });
	const fixes = findings.map((finding) => applyFix(rule, finding, { swagger }));
	assert.deepEqual(fixes.map((f) => f.placeholder), ['important', 'important', 'advanced']);
	assert.equal(fixes[0].text, swagger.replace('"description": "The invoice ID."', '"description": "The invoice ID.",\n            "x-ms-visibility": "important"'));
	assert.equal(fixes[1].text, swagger.replace('"x-ms-summary": "Format"', '"x-ms-summary": "Format",\n            "x-ms-visibility": "important"'));
	assert.equal(fixes[2].text, swagger.replace('"name": "$top",', '"name": "$top",\n            "x-ms-visibility": "advanced",'));
	assert.deepEqual(runRule(rule, { swagger: fixes[2].text }).map((f) => f.jsonPointer), ['/paths/~1invoices~1{id}/get/parameters/0/x-ms-visibility', '/paths/~1invoices~1{id}/get/parameters/1/x-ms-visibility']);
});

test('param-visibility-set stays quiet on the JSON-RPC body of an MCP endpoint, not on the same body without x-ms-agentic-protocol or shared with a REST operation', () => {
	const body = { name: 'body', in: 'body', required: true, schema: { type: 'object' } };
	const swagger = textOf(swaggerWith({ '/mcp': { post: mcpPost({ parameters: [body] }), get: mcpCompanion({ parameters: [{ name: 'sessionId', in: 'header', type: 'string' }] }) } }));
	assert.deepEqual(runRule(rule, { swagger }), []);
	const rest = textOf(swaggerWith({ '/mcp': { post: mcpPost({ 'x-ms-agentic-protocol': undefined, parameters: [body] }) } }));
	assert.deepEqual(summarize(runRule(rule, { swagger: rest })), [
		{ ruleId: 'param-visibility-set', file: 'swagger', message: MESSAGE("parameter 'body' of InvokeMCP"), range: rangeOf(rest, '"body"'), jsonPointer: '/paths/~1mcp/post/parameters/0/x-ms-visibility' },
	]);
	const shared = textOf(swaggerWith({ '/mcp': { post: mcpPost({ parameters: [{ $ref: '#/parameters/Body' }] }) }, '/items': { post: { operationId: 'CreateItem', parameters: [{ $ref: '#/parameters/Body' }], responses: {} } } }, { parameters: { Body: body } }));
	assert.deepEqual(runRule(rule, { swagger: shared }).map((f) => f.jsonPointer), ['/parameters/Body/x-ms-visibility']);
});
