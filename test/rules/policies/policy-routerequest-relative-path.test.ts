import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/policies/policy-routerequest-relative-path';
import { rangeOf, runRule, summarize, textOf } from '../../helpers/ruleTester';

const route = (newPath: unknown, templateId = 'routerequesttoendpoint') => ({ templateId, parameters: { 'x-ms-apimTemplateParameter.newPath': newPath } });
const withPolicies = (...policyTemplateInstances: object[]) => textOf({ properties: { iconBrandColor: '#0058a9', policyTemplateInstances } });

test('policy-routerequest-relative-path fires on a full URL', () => {
	const apiProperties = withPolicies(route('/v2/items'), route('https://api.contoso.com/v2/items'));
	assert.deepEqual(summarize(runRule(rule, { apiProperties })), [
		{
			ruleId: 'policy-routerequest-relative-path',
			file: 'apiProperties',
			message:
				"The new path 'https://api.contoso.com/v2/items' is a full URL, but routerequesttoendpoint takes a path on the same host: use a path such as '/v2/items', and a dynamichosturl policy to change the host.",
			range: rangeOf(apiProperties, '"https://api.contoso.com/v2/items"'),
			jsonPointer: '/properties/policyTemplateInstances/1/parameters/x-ms-apimTemplateParameter.newPath',
		},
	]);
});

test('policy-routerequest-relative-path fires on a scheme-relative URL, in any casing of the id', () => {
	assert.equal(runRule(rule, { apiProperties: withPolicies(route('//api.contoso.com/items', 'RouteRequestToEndpoint')) }).length, 1);
});

test('policy-routerequest-relative-path accepts paths, with or without a leading slash, and expressions', () => {
	const apiProperties = withPolicies(
		route('/v1.0/groups'),
		route('v1.0/users/{id}/checkMemberGroups'),
		route("/@connectionParameters('workspace')/docs/{id}"),
		route("/api/v1/calendars/@queryParameters('cuid')/events"),
		route(7),
		route('https://api.contoso.com', 'dynamichosturl'),
	);
	assert.deepEqual(runRule(rule, { apiProperties }), []);
});
