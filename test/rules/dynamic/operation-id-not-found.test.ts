import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/dynamic/operation-id-not-found';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

const MESSAGE = "The 'operationId' could not be found in this swagger document.";
const ok = { 200: { description: 'OK', schema: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' } } } } } };

test('operation-id-not-found fires on dynamic-values, dynamic-tree, notification and file-picker references to unknown operations', () => {
	const swagger = textOf(
		swaggerWith(
			{
				'/lists': { get: { operationId: 'GetLists', responses: ok } },
				'/items': {
					get: {
						operationId: 'GetItems',
						'x-ms-notification': { operationId: 'MissingWebhook' },
						parameters: [
							{ name: 'list', in: 'query', type: 'string', 'x-ms-dynamic-values': { operationId: 'GetListz', 'value-path': 'id' } },
							{ name: 'file', in: 'query', type: 'string', 'x-ms-dynamic-tree': { open: { operationId: 'GetLists' }, browse: { operationId: 'BrowseFolder' } } },
						],
						responses: ok,
					},
				},
			},
			{ 'x-ms-capabilities': { 'file-picker': { open: { operationId: 'OpenRoot' }, browse: { operationId: 'GetLists' } } } },
		),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'operation-id-not-found', file: 'swagger', message: MESSAGE, range: rangeOf(swagger, '"MissingWebhook"'), jsonPointer: '/paths/~1items/get/x-ms-notification/operationId' },
		{ ruleId: 'operation-id-not-found', file: 'swagger', message: MESSAGE, range: rangeOf(swagger, '"GetListz"'), jsonPointer: '/paths/~1items/get/parameters/0/x-ms-dynamic-values/operationId' },
		{ ruleId: 'operation-id-not-found', file: 'swagger', message: MESSAGE, range: rangeOf(swagger, '"BrowseFolder"'), jsonPointer: '/paths/~1items/get/parameters/1/x-ms-dynamic-tree/browse/operationId' },
		{ ruleId: 'operation-id-not-found', file: 'swagger', message: MESSAGE, range: rangeOf(swagger, '"OpenRoot"'), jsonPointer: '/x-ms-capabilities/file-picker/open/operationId' },
	]);
});

test('operation-id-not-found fires once for a dynamic-schema in a shared definition', () => {
	const swagger = textOf(
		swaggerWith(
			{
				'/a': { post: { operationId: 'A', parameters: [{ name: 'body', in: 'body', schema: { $ref: '#/definitions/Row' } }], responses: ok } },
				'/b': { post: { operationId: 'B', parameters: [{ name: 'body', in: 'body', schema: { $ref: '#/definitions/Row' } }], responses: ok } },
			},
			{ definitions: { Row: { type: 'object', 'x-ms-dynamic-schema': { operationId: 'GetRowSchema', parameters: {} } } } },
		),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })).map((f) => f.jsonPointer), ['/definitions/Row/x-ms-dynamic-schema/operationId']);
});

test('operation-id-not-found does not fire when every referenced operation exists (testConnection is not checked here)', () => {
	const swagger = swaggerWith(
		{
			'/lists': { get: { operationId: 'GetLists', responses: ok } },
			'/items': {
				get: {
					operationId: 'GetItems',
					'x-ms-operation-context': { simulate: { operationId: 'GetLists' } },
					parameters: [{ name: 'list', in: 'query', type: 'string', 'x-ms-dynamic-list': { operationId: 'GetLists', itemValuePath: 'id' } }],
					responses: ok,
				},
			},
		},
		{ 'x-ms-capabilities': { testConnection: { operationId: 'Nope' } } },
	);
	assert.deepEqual(runRule(rule, { swagger }), []);
});
