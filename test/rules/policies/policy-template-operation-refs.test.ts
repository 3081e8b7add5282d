import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/policies/policy-template-operation-refs';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

const swagger = swaggerWith({
	'/invoices': {
		get: { operationId: 'ListInvoices', responses: { 200: { description: 'OK' } } },
		post: { operationId: 'CreateInvoice', responses: { 200: { description: 'OK' } } },
	},
});
const withPolicies = (...policyTemplateInstances: object[]) => textOf({ properties: { iconBrandColor: '#0058a9', policyTemplateInstances } });

test('policy-template-operation-refs fires on an operationName entry that is not an operationId', () => {
	const apiProperties = withPolicies({
		templateId: 'routerequesttoendpoint',
		parameters: { 'x-ms-apimTemplateParameter.newPath': '/v2/invoices', 'x-ms-apimTemplate-operationName': ['ListInvoices', 'DeleteInvoice'] },
	});
	assert.deepEqual(summarize(runRule(rule, { swagger, apiProperties })), [
		{
			ruleId: 'policy-template-operation-refs',
			file: 'apiProperties',
			message: "The policy applies to operation 'DeleteInvoice', which is not an operationId of apiDefinition.swagger.json.",
			range: rangeOf(apiProperties, '"DeleteInvoice"'),
			jsonPointer: '/properties/policyTemplateInstances/0/parameters/x-ms-apimTemplate-operationName/1',
		},
	]);
});

test('policy-template-operation-refs suggests the operationId that differs only in case', () => {
	const apiProperties = withPolicies({ templateId: 'anything', parameters: { 'x-ms-apimTemplate-operationName': ['listinvoices'] } });
	assert.deepEqual(summarize(runRule(rule, { swagger, apiProperties })).map((f) => f.message), [
		"The policy applies to operation 'listinvoices', which is not an operationId of apiDefinition.swagger.json. Did you mean 'ListInvoices'?",
	]);
});

test('policy-template-operation-refs does not fire on known ids, odd values, or without a definition', () => {
	const apiProperties = withPolicies(
		{ templateId: 'setheader', parameters: { 'x-ms-apimTemplate-operationName': ['ListInvoices', 'CreateInvoice', 42] } },
		{ templateId: 'setheader', parameters: { 'x-ms-apimTemplate-operationName': 'ListInvoices' } },
		{ templateId: 'setheader', parameters: { 'x-ms-apimTemplate-operationName': [] } },
		{ templateId: 'setheader' },
	);
	assert.deepEqual(runRule(rule, { swagger, apiProperties }), []);
	assert.deepEqual(runRule(rule, { apiProperties: withPolicies({ templateId: 'setheader', parameters: { 'x-ms-apimTemplate-operationName': ['X'] } }) }), []);
});
