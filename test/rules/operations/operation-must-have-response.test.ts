import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/operations/operation-must-have-response';
import { applyFix, rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

// Microsoft's message, then the operation it is about.
const MESSAGE = (operationId: string) => `The operation is not valid, it must contain at least one response definition (operation ${operationId}).`;

test('operation-must-have-response fires on a missing or empty responses object', () => {
	const swagger = textOf(swaggerWith({ '/a': { get: { operationId: 'A' }, post: { operationId: 'B', responses: { 'x-note': 1 } } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'operation-must-have-response', file: 'swagger', message: MESSAGE('A'), range: rangeOf(swagger, '"get"'), jsonPointer: '/paths/~1a/get/responses' },
		{ ruleId: 'operation-must-have-response', file: 'swagger', message: MESSAGE('B'), range: rangeOf(swagger, '"responses"'), jsonPointer: '/paths/~1a/post/responses' },
	]);
});

test('operation-must-have-response does not fire when a response is defined', () => {
	const swagger = swaggerWith({ '/a': { get: { operationId: 'A', responses: { default: { description: 'Error' } } } } });
	assert.deepEqual(runRule(rule, { swagger }), []);
});

test('operation-must-have-response fix adds a "200" response, creating responses when missing', () => {
	const swagger = textOf(swaggerWith({ '/a': { get: { summary: 'List', responses: {} }, post: { summary: 'Create' } } }));
	const fixes = runRule(rule, { swagger }).map((finding) => applyFix(rule, finding, { swagger }));
	assert.deepEqual(fixes.map((f) => f.title), ['Add a "200" response', 'Add a "200" response']);
	const stub = '"200": {\n            "description": "OK",\n            "schema": {\n              "type": "object",\n              "properties": {}\n            }\n          }';
	assert.equal(fixes[0].text, swagger.replace('"responses": {}', `"responses": {\n          ${stub}\n        }`));
	assert.equal(fixes[1].text, swagger.replace('"summary": "Create"', `"summary": "Create",\n        "responses": {\n          ${stub}\n        }`));
	assert.equal(runRule(rule, { swagger: fixes[1].text }).length, 1);
});
