import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/triggers/polling-trigger-contract';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

const items = { description: 'OK', schema: { type: 'array', items: { type: 'object' } } };

test('polling-trigger-contract fires on a polling trigger without 202 and without an internal state parameter', () => {
	const swagger = textOf(swaggerWith({ '/items': { get: { operationId: 'OnNewItems', 'x-ms-trigger': 'batch', parameters: [{ name: 'folder', in: 'query', type: 'string' }], responses: { '200': items } } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'polling-trigger-contract',
			file: 'swagger',
			message: "The polling trigger 'OnNewItems' has no 202 response and no internal state parameter with a default; polling triggers answer 202 until new data exists and track their state in an internal parameter.",
			range: rangeOf(swagger, '"x-ms-trigger"'),
			jsonPointer: '/paths/~1items/get/x-ms-trigger',
		},
	]);
});

test('polling-trigger-contract does not fire on a complete contract, a pollingtrigger policy, or a webhook', () => {
	const state = { name: '$filter', in: 'query', type: 'string', required: true, default: 'id gt 0', 'x-ms-visibility': 'internal' };
	const swagger = swaggerWith({
		'/a': { get: { operationId: 'A', 'x-ms-trigger': 'batch', parameters: [state], responses: { '200': items, '202': { description: 'Accepted' } } } },
		'/b': { get: { operationId: 'B', 'x-ms-trigger': 'batch', responses: { '200': items } } },
		'/c': { 'x-ms-notification-content': { schema: { type: 'object' } }, post: { operationId: 'C', 'x-ms-trigger': 'single', responses: { '201': { description: 'Created' } } } },
	});
	const apiProperties = { properties: { iconBrandColor: '#da3b01', policyTemplateInstances: [{ templateId: 'pollingtrigger', parameters: { 'x-ms-apimTemplate-operationName': ['B'] } }] } };
	assert.deepEqual(runRule(rule, { swagger, apiProperties }), []);
});
