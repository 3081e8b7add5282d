import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/auth/oauth-aadcertificate-first-party';
import { rangeOf, runRule, summarize, textOf } from '../../helpers/ruleTester';

function apiProperties(oAuthSettings: object): object {
	return { properties: { iconBrandColor: '#0058a9', connectionParameters: { token: { type: 'oauthSetting', oAuthSettings } } } };
}

const MESSAGE = "The 'aadcertificate' identity provider is only supported for first-party AAD apps: 'properties.IsFirstParty' must be \"True\".";

test('oauth-aadcertificate-first-party fires on IsFirstParty "False"', () => {
	const text = textOf(apiProperties({ identityProvider: 'aadcertificate', properties: { IsFirstParty: 'False' } }));
	assert.deepEqual(summarize(runRule(rule, { apiProperties: text })), [
		{ ruleId: 'oauth-aadcertificate-first-party', file: 'apiProperties', message: MESSAGE, range: rangeOf(text, '"False"'), jsonPointer: '/properties/connectionParameters/token/oAuthSettings/properties/IsFirstParty' },
	]);
});

test('oauth-aadcertificate-first-party fires when properties is missing', () => {
	const text = textOf(apiProperties({ identityProvider: 'aadcertificate' }));
	assert.deepEqual(runRule(rule, { apiProperties: text }).map((f) => [f.jsonPointer, f.range]), [['/properties/connectionParameters/token/oAuthSettings/properties', rangeOf(text, '"oAuthSettings"')]]);
});

test('oauth-aadcertificate-first-party does not fire on first-party settings or other providers', () => {
	assert.deepEqual(runRule(rule, { apiProperties: apiProperties({ identityProvider: 'aadcertificate', properties: { IsFirstParty: 'True' } }) }), []);
	assert.deepEqual(runRule(rule, { apiProperties: apiProperties({ identityProvider: 'aad', properties: { IsFirstParty: 'False' } }) }), []);
});
