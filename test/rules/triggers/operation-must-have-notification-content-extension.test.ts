import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/triggers/operation-must-have-notification-content-extension';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

const body = { name: 'body', in: 'body', required: true, schema: { type: 'object', required: ['callbackUrl'], properties: { callbackUrl: { type: 'string', 'x-ms-notification-url': true, 'x-ms-visibility': 'internal' } } } };

test('operation-must-have-notification-content-extension fires on a registration without x-ms-notification-content', () => {
	const swagger = textOf(swaggerWith({ '/hooks': { post: { operationId: 'OnNewOrder', 'x-ms-trigger': 'single', parameters: [body], responses: { '201': { description: 'Created' } } } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'operation-must-have-notification-content-extension',
			file: 'swagger',
			message: "The operation 'OnNewOrder' is missing notification content extension as it has 'callbackUrl' properties marked as notification URL.",
			range: rangeOf(swagger, '"post"'),
			jsonPointer: '/paths/~1hooks/post',
		},
	]);
});

test('operation-must-have-notification-content-extension accepts the extension on the operation or on its path item', () => {
	const content = { schema: { type: 'object' } };
	const swagger = swaggerWith({
		'/a': { post: { 'x-ms-trigger': 'single', 'x-ms-notification-content': content, parameters: [body], responses: { '201': { description: 'Created' } } } },
		'/b': { 'x-ms-notification-content': content, post: { 'x-ms-trigger': 'single', parameters: [body], responses: { '201': { description: 'Created' } } } },
	});
	assert.deepEqual(runRule(rule, { swagger }), []);
});
