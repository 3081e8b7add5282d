import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/policies/policy-template-param-unknown';
import { rangeOf, runRule, summarize, textOf } from '../../helpers/ruleTester';

const withPolicies = (...policyTemplateInstances: object[]) => textOf({ properties: { iconBrandColor: '#0058a9', policyTemplateInstances } });

test('policy-template-param-unknown fires on the key of a parameter the template does not take', () => {
	const apiProperties = withPolicies({
		templateId: 'routerequesttoendpoint',
		parameters: { 'x-ms-apimTemplateParameter.newPath': '/v2/items', 'x-ms-apimTemplateParameter.method': 'GET' },
	});
	assert.deepEqual(summarize(runRule(rule, { apiProperties })), [
		{
			ruleId: 'policy-template-param-unknown',
			file: 'apiProperties',
			message:
				"The parameter 'x-ms-apimTemplateParameter.method' is not defined for policy template 'routerequesttoendpoint'. It takes: 'x-ms-apimTemplate-operationName', 'x-ms-apimTemplate-policySection', 'x-ms-apimTemplateParameter.newPath', 'x-ms-apimTemplateParameter.httpMethod'.",
			range: rangeOf(apiProperties, '"x-ms-apimTemplateParameter.method"'),
			jsonPointer: '/properties/policyTemplateInstances/0/parameters/x-ms-apimTemplateParameter.method',
		},
	]);
});

test('policy-template-param-unknown suggests the parameter a misspelt key means', () => {
	const apiProperties = withPolicies({ templateId: 'dynamichosturl', parameters: { 'x-ms-apimTemplateParameter.urltemplate': 'https://a.b', urlTemplate: 'https://a.b' } });
	assert.deepEqual(summarize(runRule(rule, { apiProperties })).map((f) => f.message), [
		"The parameter 'x-ms-apimTemplateParameter.urltemplate' is not defined for policy template 'dynamichosturl'. Did you mean 'x-ms-apimTemplateParameter.urlTemplate'?",
		"The parameter 'urlTemplate' is not defined for policy template 'dynamichosturl'. Did you mean 'x-ms-apimTemplateParameter.urlTemplate'?",
	]);
});

test('policy-template-param-unknown does not fire on defined parameters or templates without a published schema', () => {
	const apiProperties = withPolicies(
		{ templateId: 'dynamichosturl', parameters: { 'x-ms-apimTemplateParameter.urlTemplate': 'https://a.b', 'x-ms-apimTemplate-policySection': 'Request', 'x-ms-apimTemplate-operationName': [] } },
		{ templateId: 'ConvertObjectToArray', parameters: { 'x-ms-apimTemplateParameter.keyName': 'k', 'x-ms-apimTemplateParameter.valueName': 'v' } },
		{ templateId: 'moveproperties', parameters: { 'x-ms-apimTemplateParameter.srcParentPath': '@body()' } },
		{ templateId: 'brandnew', parameters: { anything: 1 } },
	);
	assert.deepEqual(runRule(rule, { apiProperties }), []);
});
