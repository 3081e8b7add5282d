import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/files/no-secrets-in-repo';
import { rangeOf, runRule, summarize, textOf } from '../../helpers/ruleTester';

function withOAuth(settings: object): object {
	return { properties: { iconBrandColor: '#123456', connectionParameters: { token: { type: 'oauthSetting', oAuthSettings: { identityProvider: 'oauth2', ...settings } } } } };
}

test('no-secrets-in-repo fires on a client secret and a real-looking client id', () => {
	const apiProperties = textOf(withOAuth({ clientId: '3f2b8c1e-9d4a-4e6b-a1c2-7d8e9f0a1b2c', clientSecret: 'Qx8~kP2.vR7nL4mZ' }));
	assert.deepEqual(summarize(runRule(rule, { apiProperties })), [
		{
			ruleId: 'no-secrets-in-repo',
			file: 'apiProperties',
			message: 'The OAuth clientId looks like a real application id: replace it with a dummy value such as "[[DUMMY]]".',
			range: rangeOf(apiProperties, '"3f2b8c1e-9d4a-4e6b-a1c2-7d8e9f0a1b2c"'),
			jsonPointer: '/properties/connectionParameters/token/oAuthSettings/clientId',
		},
		{
			ruleId: 'no-secrets-in-repo',
			file: 'apiProperties',
			message: 'The OAuth clientSecret must not be submitted: replace it with a dummy value such as "[[DUMMY]]".',
			range: rangeOf(apiProperties, '"Qx8~kP2.vR7nL4mZ"'),
			jsonPointer: '/properties/connectionParameters/token/oAuthSettings/clientSecret',
		},
	]);
});

test('no-secrets-in-repo does not fire on dummy values', () => {
	const dummies = ['[[DUMMY]]', '<<Enter your client ID>>', '00000000-0000-0000-0000-000000000000', 'Please enter your ClientId', '{{clientId}}', '12345', 'facebook_app_id', ''];
	for (const value of dummies) {
		assert.deepEqual(runRule(rule, { apiProperties: withOAuth({ clientId: value, clientSecret: value }) }), [], value);
	}
	assert.deepEqual(runRule(rule, { apiProperties: withOAuth({ clientId: 'contoso-connector' }) }), []);
});
