import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/policies/policy-template-enums';
import { rangeOf, runRule, summarize, textOf } from '../../helpers/ruleTester';

const withPolicies = (...policyTemplateInstances: object[]) => textOf({ properties: { iconBrandColor: '#0058a9', policyTemplateInstances } });

test('policy-template-enums fires on an existsAction outside override/skip/append', () => {
	const apiProperties = withPolicies({
		templateId: 'setqueryparameter',
		parameters: { 'x-ms-apimTemplateParameter.name': 'top', 'x-ms-apimTemplateParameter.value': '50', 'x-ms-apimTemplateParameter.existsAction': 'replace' },
	});
	assert.deepEqual(summarize(runRule(rule, { apiProperties })), [
		{
			ruleId: 'policy-template-enums',
			file: 'apiProperties',
			message: "The value 'replace' is not allowed for 'x-ms-apimTemplateParameter.existsAction' of policy template 'setqueryparameter'. Use one of: override, skip, append.",
			range: rangeOf(apiProperties, '"replace"'),
			jsonPointer: '/properties/policyTemplateInstances/0/parameters/x-ms-apimTemplateParameter.existsAction',
		},
	]);
});

test('policy-template-enums allows Failure for setheader only, and compares exactly', () => {
	const apiProperties = withPolicies(
		{ templateId: 'setheader', parameters: { 'x-ms-apimTemplate-policySection': 'Failure' } },
		{ templateId: 'setproperty', parameters: { 'x-ms-apimTemplate-policySection': 'Failure' } },
		{ templateId: 'stringreplace', parameters: { 'x-ms-apimTemplate-policySection': 'response' } },
		{ templateId: 'routerequesttoendpoint', parameters: { 'x-ms-apimTemplateParameter.httpMethod': 'FETCH' } },
		{ templateId: 'setvaluefromurl', parameters: { 'x-ms-apimTemplateParameter.httpMethod': 'DELETE' } },
		{ templateId: 'convertarraytoobject', parameters: { 'x-ms-apimTemplateParameter.retainKey': 'yes' } },
	);
	assert.deepEqual(summarize(runRule(rule, { apiProperties })).map((f) => f.message), [
		"The value 'Failure' is not allowed for 'x-ms-apimTemplate-policySection' of policy template 'setproperty'. Use one of: Request, Response.",
		"The value 'response' is not allowed for 'x-ms-apimTemplate-policySection' of policy template 'stringreplace'. Use one of: Request, Response.",
		"The value 'FETCH' is not allowed for 'x-ms-apimTemplateParameter.httpMethod' of policy template 'routerequesttoendpoint'. Use one of: GET, POST, PUT, PATCH, DELETE, OPTIONS, HEAD, @Request.OriginalHTTPMethod.",
		"The value 'DELETE' is not allowed for 'x-ms-apimTemplateParameter.httpMethod' of policy template 'setvaluefromurl'. Use one of: GET, POST, PUT.",
		"The value 'yes' is not allowed for 'x-ms-apimTemplateParameter.retainKey' of policy template 'convertarraytoobject'. Use one of: true, false.",
	]);
});

test('policy-template-enums does not fire on allowed values, non-strings or unknown templates', () => {
	const apiProperties = withPolicies(
		{ templateId: 'setheader', parameters: { 'x-ms-apimTemplate-policySection': 'Request', 'x-ms-apimTemplateParameter.existsAction': 'append' } },
		{ templateId: 'routerequesttoendpoint', parameters: { 'x-ms-apimTemplateParameter.httpMethod': '@Request.OriginalHTTPMethod' } },
		{ templateId: 'ConvertArrayToObject', parameters: { 'x-ms-apimTemplateParameter.retainKey': false } },
		{ templateId: 'newtemplate', parameters: { 'x-ms-apimTemplate-policySection': 'Sometimes' } },
	);
	assert.deepEqual(runRule(rule, { apiProperties }), []);
});
