import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/triggers/webhook-delete-op';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

const body = { name: 'body', in: 'body', required: true, schema: { type: 'object', required: ['url'], properties: { url: { type: 'string', 'x-ms-notification-url': true, 'x-ms-visibility': 'internal' } } } };
const register = { operationId: 'OnNewOrder', 'x-ms-trigger': 'single', parameters: [body], responses: { '201': { description: 'Created' } } };

test('webhook-delete-op fires on a webhook trigger when no delete operation exists', () => {
	const swagger = textOf(swaggerWith({ '/hooks': { post: register } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'webhook-delete-op',
			file: 'swagger',
			message: "The webhook trigger 'OnNewOrder' has no delete operation; Microsoft's webhook guide asks the definition to say how to delete the webhook.",
			range: rangeOf(swagger, '"x-ms-trigger"'),
			jsonPointer: '/paths/~1hooks/post/x-ms-trigger',
		},
	]);
});

test('webhook-delete-op does not fire when a delete operation exists, or without webhooks', () => {
	const hookId = { name: 'hookId', in: 'path', type: 'string', required: true };
	assert.deepEqual(runRule(rule, { swagger: swaggerWith({ '/hooks': { post: register }, '/hooks/{hookId}': { delete: { operationId: 'DeleteHook', parameters: [hookId], responses: { '204': { description: 'Deleted' } } } } }) }), []);
	assert.deepEqual(runRule(rule, { swagger: swaggerWith({ '/items': { get: { 'x-ms-trigger': 'batch', responses: { '200': { description: 'OK' } } } } }) }), []);
});
