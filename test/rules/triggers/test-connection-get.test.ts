import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/triggers/test-connection-get';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

test('test-connection-get fires on a POST operation', () => {
	const swagger = textOf(swaggerWith({ '/ping': { post: { operationId: 'Ping', responses: { '200': { description: 'OK' } } } } }, { 'x-ms-capabilities': { testConnection: { operationId: 'Ping' } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'test-connection-get',
			file: 'swagger',
			message: "The test connection operation 'Ping' must be a 'get' and support a call with no parameters, or with hard-coded parameters: it uses 'post'.",
			range: rangeOf(swagger, '"Ping"', 1),
			jsonPointer: '/x-ms-capabilities/testConnection/operationId',
		},
	]);
});

test('test-connection-get fires on a required parameter that has no default and no hard-coded value', () => {
	const swagger = swaggerWith(
		{ '/tables/{table}': { get: { operationId: 'GetRows', parameters: [{ name: 'table', in: 'path', type: 'string', required: true }, { name: '$top', in: 'query', type: 'integer' }], responses: { '200': { description: 'OK' } } } } },
		{ 'x-ms-capabilities': { testConnection: { operationId: 'GetRows', parameters: { $top: 1 } } } },
	);
	assert.deepEqual(runRule(rule, { swagger }).map((f) => f.message), [
		"The test connection operation 'GetRows' must be a 'get' and support a call with no parameters, or with hard-coded parameters: the required parameters 'table' have no value.",
	]);
});

test('test-connection-get does not fire on a GET whose required parameters are hard-coded or defaulted', () => {
	const swagger = swaggerWith(
		{
			'/tables/{table}': {
				get: {
					operationId: 'GetRows',
					parameters: [{ name: 'table', in: 'path', type: 'string', required: true }, { name: 'api-version', in: 'query', type: 'string', required: true, default: '1.0', 'x-ms-visibility': 'internal' }],
					responses: { '200': { description: 'OK' } },
				},
			},
		},
		{ 'x-ms-capabilities': { testConnection: { operationId: 'GetRows', parameters: { table: 'Customers' } } } },
	);
	assert.deepEqual(runRule(rule, { swagger }), []);
});
