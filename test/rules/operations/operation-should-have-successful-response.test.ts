import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/operations/operation-should-have-successful-response';
import { applyFix, rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

test('operation-should-have-successful-response fires on the responses key when there is no 2xx response', () => {
	const swagger = textOf(swaggerWith({ '/a': { delete: { operationId: 'DeleteItem', responses: { default: { description: 'Error' }, 404: { description: 'Not found' } } } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'operation-should-have-successful-response', file: 'swagger', message: "The operation 'DeleteItem' should have at least one successful response definition.", range: rangeOf(swagger, '"responses"'), jsonPointer: '/paths/~1a/delete/responses' },
	]);
});

test('operation-should-have-successful-response does not fire with a 2xx response or without responses', () => {
	const swagger = swaggerWith({ '/a': { get: { operationId: 'A', responses: { 204: { description: 'Done' }, default: { description: 'Error' } } }, post: { operationId: 'B', responses: {} } } });
	assert.deepEqual(runRule(rule, { swagger }), []);
});

test('operation-should-have-successful-response fix adds a "200" response first; a delete gets no schema', () => {
	const swagger = textOf(
		swaggerWith({
			'/a': {
				get: { summary: 'List', responses: { 400: { description: 'Bad request' } } },
				delete: { summary: 'Delete', responses: { 404: { description: 'Not found' } } },
			},
		}),
	);
	const fixes = runRule(rule, { swagger }).map((finding) => applyFix(rule, finding, { swagger }));
	assert.deepEqual(fixes.map((f) => f.title), ['Add a "200" response', 'Add a "200" response']);
	assert.equal(
		fixes[0].text,
		swagger.replace(
			'"responses": {\n          "400"',
			'"responses": {\n          "200": {\n            "description": "OK",\n            "schema": {\n              "type": "object",\n              "properties": {}\n            }\n          },\n          "400"',
		),
	);
	assert.equal(fixes[1].text, swagger.replace('"responses": {\n          "404"', '"responses": {\n          "200": {\n            "description": "OK"\n          },\n          "404"'));
	assert.equal(runRule(rule, { swagger: fixes[0].text }).length, 1);
});
