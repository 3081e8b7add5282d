import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/triggers/webhook-operations-missing-notification-url-property';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

const content = { schema: { type: 'object', properties: { id: { type: 'string' } } } };

test('webhook-operations-missing-notification-url-property fires on a webhook trigger without a notification URL property', () => {
	const swagger = textOf(
		swaggerWith({
			'/hooks': {
				'x-ms-notification-content': content,
				post: {
					operationId: 'OnNewOrder',
					'x-ms-trigger': 'single',
					parameters: [{ name: 'body', in: 'body', schema: { type: 'object', properties: { url: { type: 'string' } } } }],
					responses: { '201': { description: 'Created' } },
				},
			},
		}),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'webhook-operations-missing-notification-url-property', file: 'swagger', message: "The webhook operation 'OnNewOrder' is missing notification URL property.", range: rangeOf(swagger, '"post"'), jsonPointer: '/paths/~1hooks/post' },
	]);
});

test('webhook-operations-missing-notification-url-property finds the property through a $ref and ignores polling triggers', () => {
	const swagger = swaggerWith(
		{
			'/hooks': {
				post: {
					operationId: 'OnNewOrder',
					'x-ms-trigger': 'single',
					'x-ms-notification-content': content,
					parameters: [{ name: 'body', in: 'body', required: true, schema: { $ref: '#/definitions/Hook' } }],
					responses: { '201': { description: 'Created' } },
				},
			},
			'/orders': { get: { operationId: 'OnOrders', 'x-ms-trigger': 'batch', responses: { '200': { description: 'OK' } } } },
		},
		{ definitions: { Hook: { type: 'object', required: ['url'], properties: { url: { type: 'string', 'x-ms-notification-url': true, 'x-ms-visibility': 'internal' } } } } },
	);
	assert.deepEqual(runRule(rule, { swagger }), []);
});
