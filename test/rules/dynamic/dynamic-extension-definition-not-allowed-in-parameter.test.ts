import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/dynamic/dynamic-extension-definition-not-allowed-in-parameter';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

const ok = { 200: { description: 'OK' } };
const schemaCall = { operationId: 'GetSchema', parameters: {} };

test('dynamic-extension-definition-not-allowed-in-parameter fires on the extension key of a body parameter', () => {
	const swagger = textOf(
		swaggerWith({
			'/rows': { post: { operationId: 'AddRow', parameters: [{ name: 'row', in: 'body', schema: { type: 'object' }, 'x-ms-dynamic-schema': schemaCall }], responses: ok } },
			'/schema': { get: { operationId: 'GetSchema', responses: ok } },
		}),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'dynamic-extension-definition-not-allowed-in-parameter',
			file: 'swagger',
			message: 'Dynamic extensions are not allowed to be defined on the body parameter. It should be in the schema.',
			range: rangeOf(swagger, '"x-ms-dynamic-schema"'),
			jsonPointer: '/paths/~1rows/post/parameters/0/x-ms-dynamic-schema',
		},
	]);
});

test('dynamic-extension-definition-not-allowed-in-parameter does not fire in the schema or on non-body parameters', () => {
	const swagger = swaggerWith({
		'/rows': {
			post: {
				operationId: 'AddRow',
				parameters: [
					{ name: 'table', in: 'query', type: 'string', 'x-ms-dynamic-values': { operationId: 'GetSchema' } },
					{ name: 'row', in: 'body', schema: { type: 'object', 'x-ms-dynamic-schema': schemaCall } },
				],
				responses: ok,
			},
		},
		'/schema': { get: { operationId: 'GetSchema', responses: ok } },
	});
	assert.deepEqual(runRule(rule, { swagger }), []);
});
