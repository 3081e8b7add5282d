import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/triggers/notification-extension-not-supported-in-webhook-operation';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

const body = { name: 'body', in: 'body', required: true, schema: { type: 'object', required: ['url'], properties: { url: { type: 'string', 'x-ms-notification-url': true, 'x-ms-visibility': 'internal' } } } };

test('notification-extension-not-supported-in-webhook-operation fires on x-ms-notification in a webhook registration', () => {
	const swagger = textOf(
		swaggerWith({ '/hooks': { post: { operationId: 'OnEvent', 'x-ms-trigger': 'single', 'x-ms-notification': { operationId: 'OnEvent' }, parameters: [body], responses: { '201': { description: 'Created' } } } } }),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'notification-extension-not-supported-in-webhook-operation', file: 'swagger', message: "The 'x-ms-notification' extension must not be defined in a webhook operation.", range: rangeOf(swagger, '"x-ms-notification"'), jsonPointer: '/paths/~1hooks/post/x-ms-notification' },
	]);
});

test('notification-extension-not-supported-in-webhook-operation does not fire on a trigger that points at a webhook', () => {
	const swagger = swaggerWith({
		'/hooks': { post: { operationId: 'Subscribe', 'x-ms-trigger': 'single', parameters: [body], responses: { '201': { description: 'Created' } } } },
		'/items': { get: { operationId: 'OnItem', 'x-ms-trigger': 'batch', 'x-ms-notification': { operationId: 'Subscribe' }, responses: { '200': { description: 'OK' } } } },
	});
	assert.deepEqual(runRule(rule, { swagger }), []);
});
