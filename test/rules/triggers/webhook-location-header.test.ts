import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/triggers/webhook-location-header';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

const body = { name: 'body', in: 'body', required: true, schema: { type: 'object', required: ['url'], properties: { url: { type: 'string', 'x-ms-notification-url': true, 'x-ms-visibility': 'internal' } } } };

function hook(responses: object): object {
	return swaggerWith({ '/hooks': { post: { operationId: 'OnNewOrder', 'x-ms-trigger': 'single', parameters: [body], responses } } });
}

test('webhook-location-header fires on a registration without a 201 response', () => {
	const swagger = textOf(hook({ '200': { description: 'OK' } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'webhook-location-header',
			file: 'swagger',
			message: "The webhook operation 'OnNewOrder' has no 201 response; the service must answer 201 with a Location header for the webhook to be deleted later.",
			range: rangeOf(swagger, '"responses"'),
			jsonPointer: '/paths/~1hooks/post/responses/201',
		},
	]);
});

test('webhook-location-header asks for the Location header only when requireHeader is set', () => {
	const swagger = textOf(hook({ '201': { description: 'Created' } }));
	assert.deepEqual(runRule(rule, { swagger }), []);
	assert.deepEqual(summarize(runRule(rule, { swagger }, { options: { requireHeader: true } })).map((f) => [f.message, f.range]), [
		["The 201 response of webhook operation 'OnNewOrder' does not declare the Location header that points at the webhook to delete.", rangeOf(swagger, '"201"')],
	]);
	assert.deepEqual(runRule(rule, { swagger: hook({ '201': { description: 'Created', headers: { location: { type: 'string' } } } }) }, { options: { requireHeader: true } }), []);
});
