import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/policies/policy-template-param-types';
import { rangeOf, runRule, summarize, textOf } from '../../helpers/ruleTester';

const withPolicies = (...policyTemplateInstances: object[]) => textOf({ properties: { iconBrandColor: '#0058a9', policyTemplateInstances } });

test('policy-template-param-types fires on a boolean where the template takes a string', () => {
	const apiProperties = withPolicies({
		templateId: 'convertarraytoobject',
		parameters: { 'x-ms-apimTemplateParameter.propertyParentPath': '@body()', 'x-ms-apimTemplateParameter.retainKey': false },
	});
	assert.deepEqual(summarize(runRule(rule, { apiProperties })), [
		{
			ruleId: 'policy-template-param-types',
			file: 'apiProperties',
			message: "The parameter 'x-ms-apimTemplateParameter.retainKey' of a policy template must be of type 'string', but it is of type 'boolean'.",
			range: rangeOf(apiProperties, 'false'),
			jsonPointer: '/properties/policyTemplateInstances/0/parameters/x-ms-apimTemplateParameter.retainKey',
		},
	]);
});

test('policy-template-param-types checks the operation list, the section and object-typed parameters of any template', () => {
	const apiProperties = withPolicies(
		{ templateId: 'setheader', parameters: { 'x-ms-apimTemplate-operationName': 'ListInvoices', 'x-ms-apimTemplate-policySection': 1 } },
		{ templateId: 'newtemplate', parameters: { 'x-ms-apimTemplate-operationName': ['ListInvoices', null] } },
		{ templateId: 'pollingtrigger', parameters: { 'x-ms-apimTemplateParameter.triggerConfig': '{}', 'x-ms-apimTemplateParameter.triggerDataPath': ['@body()'] } },
	);
	assert.deepEqual(summarize(runRule(rule, { apiProperties })).map((f) => [f.jsonPointer, f.message]), [
		['/properties/policyTemplateInstances/0/parameters/x-ms-apimTemplate-operationName', "The parameter 'x-ms-apimTemplate-operationName' of a policy template must be of type 'array', but it is of type 'string'."],
		['/properties/policyTemplateInstances/0/parameters/x-ms-apimTemplate-policySection', "The parameter 'x-ms-apimTemplate-policySection' of a policy template must be of type 'string', but it is of type 'integer'."],
		['/properties/policyTemplateInstances/1/parameters/x-ms-apimTemplate-operationName/1', "The parameter 'x-ms-apimTemplate-operationName[1]' of a policy template must be of type 'string', but it is of type 'null'."],
		['/properties/policyTemplateInstances/2/parameters/x-ms-apimTemplateParameter.triggerConfig', "The parameter 'x-ms-apimTemplateParameter.triggerConfig' of a policy template must be of type 'object', but it is of type 'string'."],
		['/properties/policyTemplateInstances/2/parameters/x-ms-apimTemplateParameter.triggerDataPath', "The parameter 'x-ms-apimTemplateParameter.triggerDataPath' of a policy template must be of type 'string', but it is of type 'array'."],
	]);
});

test('policy-template-param-types does not fire on well-typed values or parameters no schema describes', () => {
	const apiProperties = withPolicies(
		{ templateId: 'SetHeader', parameters: { 'x-ms-apimTemplateParameter.name': 'Accept', 'x-ms-apimTemplateParameter.value': 'application/json', 'x-ms-apimTemplate-policySection': 'Request', 'x-ms-apimTemplate-operationName': ['A'] } },
		{ templateId: 'pollingtrigger', parameters: { 'x-ms-apimTemplateParameter.triggerConfig': { since: '@triggerState()' }, 'x-ms-apimTemplateParameter.triggerDataPath': '@body()' } },
		{ templateId: 'setconnectionstatustounauthenticated', parameters: { 'x-ms-apimTemplateParameter.statusCode': 403 } },
		{ templateId: 'setheader', parameters: [] },
	);
	assert.deepEqual(runRule(rule, { apiProperties }), []);
});
