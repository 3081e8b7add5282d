import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../server/src/rules/operation-should-have-successful-response';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../helpers/ruleTester';

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
