import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/triggers/webhook-trigger-single';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

const body = { name: 'body', in: 'body', required: true, schema: { type: 'object', required: ['url'], properties: { url: { type: 'string', 'x-ms-notification-url': true, 'x-ms-visibility': 'internal' } } } };

test('webhook-trigger-single fires on a registration without x-ms-trigger', () => {
	const swagger = textOf(swaggerWith({ '/hooks': { post: { operationId: 'Subscribe', parameters: [body], responses: { '201': { description: 'Created' } } } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'webhook-trigger-single',
			file: 'swagger',
			message: `The operation 'Subscribe' registers a webhook but has no "x-ms-trigger": "single", so the designer does not list it as a trigger.`,
			range: rangeOf(swagger, '"post"'),
			jsonPointer: '/paths/~1hooks/post/x-ms-trigger',
		},
	]);
});

test('webhook-trigger-single does not fire on a declared trigger or an ordinary action', () => {
	const swagger = swaggerWith({
		'/hooks': { post: { 'x-ms-trigger': 'single', parameters: [body], responses: { '201': { description: 'Created' } } } },
		'/items': { post: { parameters: [{ name: 'body', in: 'body', schema: { type: 'object' } }], responses: { '201': { description: 'Created' } } } },
	});
	assert.deepEqual(runRule(rule, { swagger }), []);
});
