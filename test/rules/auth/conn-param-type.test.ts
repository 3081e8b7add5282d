import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/auth/conn-param-type';
import { rangeOf, runRule, summarize, textOf } from '../../helpers/ruleTester';

function apiProperties(connectionParameters: object): object {
	return { properties: { iconBrandColor: '#0058a9', connectionParameters } };
}

test('conn-param-type fires on oAuthSettings under a securestring parameter', () => {
	const text = textOf(apiProperties({ token: { type: 'securestring', oAuthSettings: { identityProvider: 'oauth2' } } }));
	assert.deepEqual(summarize(runRule(rule, { apiProperties: text })), [
		{
			ruleId: 'conn-param-type',
			file: 'apiProperties',
			message: "The connection parameter 'token' has 'oAuthSettings', so its type must be 'oauthSetting', not 'securestring'.",
			range: rangeOf(text, '"securestring"'),
			jsonPointer: '/properties/connectionParameters/token/type',
		},
	]);
});

test('conn-param-type fires on an oauthSetting parameter without oAuthSettings', () => {
	const text = textOf(apiProperties({ token: { type: 'oauthSetting' } }));
	assert.deepEqual(summarize(runRule(rule, { apiProperties: text })).map((f) => [f.message, f.range, f.jsonPointer]), [
		["The connection parameter 'token' is of type 'oauthSetting', so it must define 'oAuthSettings'.", rangeOf(text, '"token"'), '/properties/connectionParameters/token/oAuthSettings'],
	]);
});

test('conn-param-type does not fire on consistent parameters or on types the schema rule reports', () => {
	const value = apiProperties({
		token: { type: 'oauthSetting', oAuthSettings: { identityProvider: 'oauth2' } },
		api_key: { type: 'securestring' },
		odd: { type: 'SecureString', oAuthSettings: {} },
	});
	assert.deepEqual(runRule(rule, { apiProperties: value }), []);
});
