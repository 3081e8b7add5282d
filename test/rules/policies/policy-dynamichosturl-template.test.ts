import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/policies/policy-dynamichosturl-template';
import { rangeOf, runRule, summarize, textOf } from '../../helpers/ruleTester';

const hostPolicy = (urlTemplate: unknown, templateId = 'dynamichosturl') => ({ templateId, parameters: { 'x-ms-apimTemplateParameter.urlTemplate': urlTemplate } });
const withPolicies = (...policyTemplateInstances: object[]) => textOf({ properties: { iconBrandColor: '#0058a9', policyTemplateInstances } });

test('policy-dynamichosturl-template fires on a template without a scheme', () => {
	const apiProperties = withPolicies(hostPolicy("@connectionParameters('instance')"), hostPolicy("api.@connectionParameters('region').contoso.com"));
	assert.deepEqual(summarize(runRule(rule, { apiProperties })), [
		{
			ruleId: 'policy-dynamichosturl-template',
			file: 'apiProperties',
			message: "The URL template 'api.@connectionParameters('region').contoso.com' does not produce an absolute URL: start it with 'https://', or with an expression that returns the whole URL.",
			range: rangeOf(apiProperties, `"api.@connectionParameters('region').contoso.com"`),
			jsonPointer: '/properties/policyTemplateInstances/1/parameters/x-ms-apimTemplateParameter.urlTemplate',
		},
	]);
});

test('policy-dynamichosturl-template checks every casing of the id, and a relative path', () => {
	const apiProperties = withPolicies(hostPolicy('/api/v2', 'DynamicHostUrl'));
	assert.equal(runRule(rule, { apiProperties }).length, 1);
});

test('policy-dynamichosturl-template accepts absolute templates and templates that start with an expression', () => {
	const apiProperties = withPolicies(
		hostPolicy("https://@connectionParameters('resourceName').cognitiveservices.azure.com"),
		hostPolicy('HTTPS://api.contoso.com'),
		hostPolicy("@connectionParameters('siteUrl','https://westus.api.cognitive.microsoft.com')"),
		hostPolicy("@headers('hostUrl')"),
		hostPolicy(42),
		hostPolicy('contoso.com', 'dynamicsubdomain'),
		{ templateId: 'dynamichosturl' },
	);
	assert.deepEqual(runRule(rule, { apiProperties }), []);
});
