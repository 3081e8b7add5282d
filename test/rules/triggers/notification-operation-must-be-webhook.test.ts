import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/triggers/notification-operation-must-be-webhook';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

const body = { name: 'body', in: 'body', required: true, schema: { type: 'object', required: ['url'], properties: { url: { type: 'string', 'x-ms-notification-url': true, 'x-ms-visibility': 'internal' } } } };

test('notification-operation-must-be-webhook fires when the named operation is not a webhook registration', () => {
	const swagger = textOf(
		swaggerWith({
			'/items': { get: { operationId: 'OnItem', 'x-ms-trigger': 'batch', 'x-ms-notification': { operationId: 'ListItems' }, responses: { '200': { description: 'OK' } } } },
			'/all': { get: { operationId: 'ListItems', responses: { '200': { description: 'OK' } } } },
		}),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'notification-operation-must-be-webhook', file: 'swagger', message: "The 'operationId' property in 'x-ms-notification' extension must be for a webhook operation.", range: rangeOf(swagger, '"ListItems"'), jsonPointer: '/paths/~1items/get/x-ms-notification/operationId' },
	]);
});

test('notification-operation-must-be-webhook does not fire for a webhook target or an unknown id', () => {
	const swagger = swaggerWith({
		'/hooks': { post: { operationId: 'Subscribe', 'x-ms-trigger': 'single', parameters: [body], responses: { '201': { description: 'Created' } } } },
		'/a': { get: { 'x-ms-trigger': 'batch', 'x-ms-notification': { operationId: 'Subscribe' }, responses: { '200': { description: 'OK' } } } },
		'/b': { get: { 'x-ms-trigger': 'batch', 'x-ms-notification': { operationId: 'Nowhere' }, responses: { '200': { description: 'OK' } } } },
	});
	assert.deepEqual(runRule(rule, { swagger }), []);
});
