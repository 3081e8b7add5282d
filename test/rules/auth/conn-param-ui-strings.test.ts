import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/auth/conn-param-ui-strings';
import { rangeOf, runRule, summarize, textOf } from '../../helpers/ruleTester';

function apiProperties(connectionParameters: object): object {
	return { properties: { iconBrandColor: '#0058a9', connectionParameters } };
}

test('conn-param-ui-strings fires on a missing uiDefinition and on a missing description', () => {
	const text = textOf(apiProperties({ api_key: { type: 'securestring' }, region: { type: 'string', uiDefinition: { displayName: 'Region' } } }));
	assert.deepEqual(summarize(runRule(rule, { apiProperties: text })), [
		{
			ruleId: 'conn-param-ui-strings',
			file: 'apiProperties',
			message: "The connection parameter 'api_key' should have a 'uiDefinition' with a 'displayName' and a 'description'.",
			range: rangeOf(text, '"api_key"'),
			jsonPointer: '/properties/connectionParameters/api_key/uiDefinition',
		},
		{
			ruleId: 'conn-param-ui-strings',
			file: 'apiProperties',
			message: "The connection parameter 'region' should have a non-empty 'uiDefinition.description'.",
			range: rangeOf(text, '"uiDefinition"', 0),
			jsonPointer: '/properties/connectionParameters/region/uiDefinition/description',
		},
	]);
});

test('conn-param-ui-strings does not fire on complete, hidden, OAuth or schema-described parameters', () => {
	const value = apiProperties({
		api_key: { type: 'securestring', uiDefinition: { displayName: 'API Key', description: 'The API key for Contoso.' } },
		'token:TenantId': { type: 'string', uiDefinition: { constraints: { hidden: 'true' } } },
		token: { type: 'oauthSetting', oAuthSettings: { identityProvider: 'oauth2' } },
		env: { type: 'string', uiDefinition: { displayName: 'Environment', schema: { type: 'string', description: 'Production or sandbox.' } } },
	});
	assert.deepEqual(runRule(rule, { apiProperties: value }), []);
});
