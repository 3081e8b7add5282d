import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/triggers/test-connection-op-exists';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

const paths = { '/me': { get: { operationId: 'GetMe', responses: { '200': { description: 'OK' } } } } };

test('test-connection-op-exists fires on an unknown operationId', () => {
	const swagger = textOf(swaggerWith(paths, { 'x-ms-capabilities': { testConnection: { operationId: 'GetUser' } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'test-connection-op-exists', file: 'swagger', message: "The testConnection operationId 'GetUser' must exist within this same OpenAPI specification.", range: rangeOf(swagger, '"GetUser"'), jsonPointer: '/x-ms-capabilities/testConnection/operationId' },
	]);
});

test('test-connection-op-exists does not fire on a known operationId or without testConnection', () => {
	assert.deepEqual(runRule(rule, { swagger: swaggerWith(paths, { 'x-ms-capabilities': { testConnection: { operationId: 'GetMe' } } }) }), []);
	assert.deepEqual(runRule(rule, { swagger: swaggerWith(paths) }), []);
});
