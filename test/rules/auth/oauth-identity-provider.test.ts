import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/auth/oauth-identity-provider';
import { rangeOf, runRule, summarize, textOf } from '../../helpers/ruleTester';

function apiProperties(identityProvider: string): object {
	return { properties: { iconBrandColor: '#0058a9', connectionParameters: { token: { type: 'oauthSetting', oAuthSettings: { identityProvider, redirectMode: 'GlobalPerConnector' } } } } };
}

test('oauth-identity-provider fires on an unknown provider', () => {
	const text = textOf(apiProperties('okta'));
	assert.deepEqual(summarize(runRule(rule, { apiProperties: text })), [
		{
			ruleId: 'oauth-identity-provider',
			file: 'apiProperties',
			message: "The identity provider 'okta' is not one of: oauth2, oauth2generic, aad, aadcertificate, facebook.",
			range: rangeOf(text, '"okta"'),
			jsonPointer: '/properties/connectionParameters/token/oAuthSettings/identityProvider',
		},
	]);
});

test('oauth-identity-provider suggests the right case for a known provider', () => {
	const findings = runRule(rule, { apiProperties: apiProperties('AAD') });
	assert.deepEqual(findings.map((f) => f.message), ["The identity provider 'AAD' is not recognized; identity providers are case-sensitive: use 'aad'."]);
});

test('oauth-identity-provider does not fire on listed providers or on providers added by option', () => {
	for (const provider of ['oauth2', 'oauth2generic', 'aad', 'aadcertificate', 'facebook']) {
		assert.deepEqual(runRule(rule, { apiProperties: apiProperties(provider) }), []);
	}
	assert.deepEqual(runRule(rule, { apiProperties: apiProperties('DocuSign') }, { options: { providers: ['oauth2', 'DocuSign'] } }), []);
});
