import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/triggers/pageable-next-link';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

const swaggerText = textOf(
	swaggerWith({
		'/users': { get: { operationId: 'ListUsers', 'x-ms-pageable': { nextLinkName: '@odata.nextLink' }, responses: { '200': { description: 'OK' } } } },
		'/groups': { get: { operationId: 'ListGroups', 'x-ms-pageable': { nextLinkName: '@odata.nextLink' }, responses: { '200': { description: 'OK' } } } },
	}),
);

function properties(policies: object[]): object {
	return { properties: { iconBrandColor: '#da3b01', policyTemplateInstances: policies } };
}

test('pageable-next-link fires on a pageable operation that no updatenextlink policy covers', () => {
	const apiProperties = properties([{ templateId: 'updatenextlink', parameters: { 'x-ms-apimTemplate-operationName': ['ListUsers'], 'x-ms-apimTemplateParameter.nextLinkPropertyName': '@odata.nextLink' } }]);
	assert.deepEqual(summarize(runRule(rule, { swagger: swaggerText, apiProperties })), [
		{
			ruleId: 'pageable-next-link',
			file: 'swagger',
			message: "The pageable operation 'ListGroups' has no 'updatenextlink' policy in apiProperties.json to route its next link through the connector.",
			range: rangeOf(swaggerText, '"x-ms-pageable"', 1),
			jsonPointer: '/paths/~1groups/get/x-ms-pageable',
		},
	]);
});

test('pageable-next-link does not fire when a policy covers every operation, or without apiProperties.json', () => {
	assert.deepEqual(runRule(rule, { swagger: swaggerText, apiProperties: properties([{ templateId: 'UpdateNextLink', parameters: { 'x-ms-apimTemplateParameter.nextLinkPropertyName': '@odata.nextLink' } }]) }), []);
	assert.deepEqual(runRule(rule, { swagger: swaggerText }), []);
	assert.deepEqual(runRule(rule, { apiProperties: properties([]) }), []);
});
