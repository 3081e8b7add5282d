import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/operations/response-must-be-default-or-http-status-code';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

const MESSAGE = "The response is not valid, the response must be a valid HTTP status code, or the string 'default'.";

test('response-must-be-default-or-http-status-code fires on 2XX, 600 and OK keys', () => {
	const swagger = textOf(swaggerWith({ '/a': { get: { operationId: 'A', responses: { '2XX': { description: 'OK' }, 600: { description: 'x' }, OK: { description: 'OK' } } } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'response-must-be-default-or-http-status-code', file: 'swagger', message: MESSAGE, range: rangeOf(swagger, '"600"'), jsonPointer: '/paths/~1a/get/responses/600' },
		{ ruleId: 'response-must-be-default-or-http-status-code', file: 'swagger', message: MESSAGE, range: rangeOf(swagger, '"2XX"'), jsonPointer: '/paths/~1a/get/responses/2XX' },
		{ ruleId: 'response-must-be-default-or-http-status-code', file: 'swagger', message: MESSAGE, range: rangeOf(swagger, '"OK"', 1), jsonPointer: '/paths/~1a/get/responses/OK' },
	]);
});

test('response-must-be-default-or-http-status-code does not fire on status codes, default and extensions', () => {
	const swagger = swaggerWith({ '/a': { get: { operationId: 'A', responses: { 200: { description: 'OK' }, 404: { description: 'Missing' }, default: { description: 'Error' }, 'x-note': 1 } } } });
	assert.deepEqual(runRule(rule, { swagger }), []);
});
