import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/policies/policy-template-params';
import { rangeOf, runRule, summarize, textOf } from '../../helpers/ruleTester';

const withPolicies = (...policyTemplateInstances: object[]) => textOf({ properties: { iconBrandColor: '#0058a9', policyTemplateInstances } });

test('policy-template-params fires on each required parameter that is missing, on the parameters key', () => {
	const apiProperties = withPolicies({
		templateId: 'setheader',
		parameters: { 'x-ms-apimTemplateParameter.name': 'Accept', 'x-ms-apimTemplate-policySection': 'Request' },
	});
	assert.deepEqual(summarize(runRule(rule, { apiProperties })), [
		{
			ruleId: 'policy-template-params',
			file: 'apiProperties',
			message: "The policy template 'setheader' requires the parameter 'x-ms-apimTemplateParameter.value'.",
			range: rangeOf(apiProperties, '"parameters"'),
			jsonPointer: '/properties/policyTemplateInstances/0/parameters/x-ms-apimTemplateParameter.value',
		},
	]);
});

test('policy-template-params points at the templateId when the instance has no parameters at all', () => {
	const apiProperties = withPolicies({ templateId: 'DynamicHostUrl', title: 'Host' });
	assert.deepEqual(summarize(runRule(rule, { apiProperties })), [
		{
			ruleId: 'policy-template-params',
			file: 'apiProperties',
			message: "The policy template 'DynamicHostUrl' requires the parameter 'x-ms-apimTemplateParameter.urlTemplate'.",
			range: rangeOf(apiProperties, '"DynamicHostUrl"'),
			jsonPointer: '/properties/policyTemplateInstances/0/templateId',
		},
	]);
});

test('policy-template-params requires the policy section of setheader only', () => {
	const apiProperties = withPolicies(
		{ templateId: 'setheader', parameters: { 'x-ms-apimTemplateParameter.name': 'Accept', 'x-ms-apimTemplateParameter.value': 'application/json' } },
		{ templateId: 'setqueryparameter', parameters: { 'x-ms-apimTemplateParameter.name': 'top', 'x-ms-apimTemplateParameter.value': '50' } },
	);
	assert.deepEqual(
		summarize(runRule(rule, { apiProperties })).map((f) => f.message),
		["The policy template 'setheader' requires the parameter 'x-ms-apimTemplate-policySection'."],
	);
});

test('policy-template-params does not fire on complete instances, unknown templates or a malformed parameters value', () => {
	const apiProperties = withPolicies(
		{ templateId: 'routerequesttoendpoint', parameters: { 'x-ms-apimTemplateParameter.newPath': '/v2/items', 'x-ms-apimTemplate-operationName': ['ListItems'] } },
		{ templateId: 'pollingtrigger', parameters: { 'x-ms-apimTemplateParameter.triggerConfig': {}, 'x-ms-apimTemplateParameter.triggerDataPath': '@body().value' } },
		{ templateId: 'updatenextlink', parameters: { 'x-ms-apimTemplateParameter.nextLinkPropertyName': 'next' } },
		{ templateId: 'moveproperties', parameters: {} },
		{ templateId: 'somethingnew' },
		{ templateId: 'setheader', parameters: 'oops' },
	);
	assert.deepEqual(runRule(rule, { apiProperties }), []);
});
