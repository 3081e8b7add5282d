import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/policies/policy-template-known';
import { rangeOf, runRule, summarize, textOf } from '../../helpers/ruleTester';

const KNOWN =
	'convertarraytoobject, convertobjecttoarray, dynamichosturl, encodepropertyvalue, pollingtrigger, routerequesttoendpoint, setheader, setproperty, setqueryparameter, setvaluefromurl, stringreplace, stringtoarray, updatenextlink, setconnectionstatustounauthenticated, moveproperties, dynamicsubdomain';

const withPolicies = (...policyTemplateInstances: unknown[]) => textOf({ properties: { iconBrandColor: '#0058a9', policyTemplateInstances } });

test('policy-template-known fires on an unknown templateId', () => {
	const apiProperties = withPolicies({ templateId: 'setheader', parameters: {} }, { templateId: 'sethttpheader', parameters: {} });
	assert.deepEqual(summarize(runRule(rule, { apiProperties })), [
		{
			ruleId: 'policy-template-known',
			file: 'apiProperties',
			message: `The policy template 'sethttpheader' is not known. Use one of: ${KNOWN}.`,
			range: rangeOf(apiProperties, '"sethttpheader"'),
			jsonPointer: '/properties/policyTemplateInstances/1/templateId',
		},
	]);
});

test('policy-template-known accepts known ids in any casing, and the ids only certified connectors use', () => {
	const apiProperties = withPolicies(
		{ templateId: 'dynamicHostUrl' },
		{ templateId: 'SetQueryParameter' },
		{ templateId: 'UpdateNextLink' },
		{ templateId: 'moveproperties' },
		{ templateId: 'setconnectionstatustounauthenticated' },
	);
	assert.deepEqual(runRule(rule, { apiProperties }), []);
});

test('policy-template-known leaves missing, empty and non-string templateIds to api-properties-schema', () => {
	const apiProperties = withPolicies({ title: 'x' }, { templateId: '' }, { templateId: 3 }, 'not an object');
	assert.deepEqual(runRule(rule, { apiProperties }), []);
});
