import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/triggers/test-connection-internal';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

test('test-connection-internal fires on a visible dedicated test operation', () => {
	const swagger = textOf(swaggerWith({ '/diagnostics/testconnection': { get: { operationId: 'TestMyAPIConnection', responses: { '200': { description: 'OK' } } } } }, { 'x-ms-capabilities': { testConnection: { operationId: 'TestMyAPIConnection' } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'test-connection-internal',
			file: 'swagger',
			message: `The operation 'TestMyAPIConnection' only tests the connection; mark it "x-ms-visibility": "internal" to hide it from users.`,
			range: rangeOf(swagger, '"get"'),
			jsonPointer: '/paths/~1diagnostics~1testconnection/get/x-ms-visibility',
		},
	]);
});

test('test-connection-internal does not fire on an internal test operation or a reused action', () => {
	const swagger = swaggerWith(
		{
			'/diagnostics/testconnection': { get: { operationId: 'TestMyAPIConnection', 'x-ms-visibility': 'internal', responses: { '200': { description: 'OK' } } } },
			'/tables': { get: { operationId: 'GetTables', responses: { '200': { description: 'OK' } } } },
		},
		{ 'x-ms-capabilities': { testConnection: { operationId: 'TestMyAPIConnection' } } },
	);
	assert.deepEqual(runRule(rule, { swagger }), []);
	const reused = swaggerWith({ '/tables': { get: { operationId: 'GetTables', responses: { '200': { description: 'OK' } } } } }, { 'x-ms-capabilities': { testConnection: { operationId: 'GetTables' } } });
	assert.deepEqual(runRule(rule, { swagger: reused }), []);
});
