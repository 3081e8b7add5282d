import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/auth/oauth-aad-resource-uri';
import { rangeOf, runRule, summarize, textOf } from '../../helpers/ruleTester';

function apiProperties(oAuthSettings: object): object {
	return { properties: { iconBrandColor: '#0058a9', connectionParameters: { token: { type: 'oauthSetting', oAuthSettings } } } };
}

test('oauth-aad-resource-uri fires when an aad setting has no resourceUri', () => {
	const text = textOf(apiProperties({ identityProvider: 'aad', customParameters: { loginUri: { value: 'https://login.windows.net' }, tenantId: { value: 'common' } } }));
	assert.deepEqual(summarize(runRule(rule, { apiProperties: text })), [
		{
			ruleId: 'oauth-aad-resource-uri',
			file: 'apiProperties',
			message: "The 'aad' identity provider requires the 'resourceUri' custom parameter: the URI of the resource the token is for.",
			range: rangeOf(text, '"customParameters"'),
			jsonPointer: '/properties/connectionParameters/token/oAuthSettings/customParameters/resourceUri',
		},
	]);
});

test('oauth-aad-resource-uri fires on an aadcertificate setting without customParameters', () => {
	const text = textOf(apiProperties({ identityProvider: 'aadcertificate' }));
	assert.deepEqual(runRule(rule, { apiProperties: text }).map((f) => [f.jsonPointer, f.range]), [
		['/properties/connectionParameters/token/oAuthSettings/customParameters', rangeOf(text, '"oAuthSettings"')],
	]);
});

test('oauth-aad-resource-uri does not fire with a resourceUri (even empty) or for other providers', () => {
	assert.deepEqual(runRule(rule, { apiProperties: apiProperties({ identityProvider: 'aad', customParameters: { resourceUri: { value: 'https://graph.microsoft.com' } } }) }), []);
	assert.deepEqual(runRule(rule, { apiProperties: apiProperties({ identityProvider: 'aad', customParameters: { resourceUri: { value: '' } } }) }), []);
	assert.deepEqual(runRule(rule, { apiProperties: apiProperties({ identityProvider: 'oauth2', customParameters: {} }) }), []);
});
