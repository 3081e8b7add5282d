import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/policies/policy-connection-param-refs';
import { rangeOf, runRule, summarize, textOf } from '../../helpers/ruleTester';

const connectionParameters = { resourceName: { type: 'string' }, 'token:tenantId': { type: 'string' } };

test('policy-connection-param-refs fires on the string that names an undeclared connection parameter', () => {
	const url = "https://@connectionParameters('region', 'westus').@connectionParameters('resourceName').example.com";
	const apiProperties = textOf({
		properties: {
			iconBrandColor: '#0058a9',
			connectionParameters,
			policyTemplateInstances: [{ templateId: 'dynamichosturl', parameters: { 'x-ms-apimTemplateParameter.urlTemplate': url } }],
		},
	});
	assert.deepEqual(summarize(runRule(rule, { apiProperties })), [
		{
			ruleId: 'policy-connection-param-refs',
			file: 'apiProperties',
			message: "The policy expression refers to the connection parameter 'region', which is not declared in connectionParameters.",
			range: rangeOf(apiProperties, JSON.stringify(url)),
			jsonPointer: '/properties/policyTemplateInstances/0/parameters/x-ms-apimTemplateParameter.urlTemplate',
		},
	]);
});

test('policy-connection-param-refs looks inside nested values such as triggerConfig', () => {
	const apiProperties = {
		properties: {
			connectionParameters,
			policyTemplateInstances: [
				{ templateId: 'pollingtrigger', parameters: { 'x-ms-apimTemplateParameter.triggerConfig': { since: "@connectionParameters(\"startDate\")" } } },
			],
		},
	};
	assert.deepEqual(summarize(runRule(rule, { apiProperties })).map((f) => f.jsonPointer), [
		'/properties/policyTemplateInstances/0/parameters/x-ms-apimTemplateParameter.triggerConfig/since',
	]);
});

test('policy-connection-param-refs accepts names of any auth set, in any casing', () => {
	const apiProperties = {
		properties: {
			connectionParameterSets: {
				values: [
					{ name: 'key', parameters: { apiKey: { type: 'securestring' } } },
					{ name: 'oauth', parameters: { hostUrl: { type: 'string' }, 'token:tenantId': { type: 'string' } } },
				],
			},
			policyTemplateInstances: [
				{ templateId: 'dynamichosturl', parameters: { 'x-ms-apimTemplateParameter.urlTemplate': "@connectionParameters('HostUrl','https://api.example.com')" } },
				{ templateId: 'setheader', parameters: { 'x-ms-apimTemplateParameter.value': "@connectionParameters('apiKey') @connectionParameters('token:tenantId')" } },
				{ templateId: 'setheader', parameters: { 'x-ms-apimTemplateParameter.value': "@headers('x') @queryParameters('y')" } },
			],
		},
	};
	assert.deepEqual(runRule(rule, { apiProperties }), []);
});
