import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/auth/security-def-matches-conn-params';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

function apiProperties(connectionParameters: object): object {
	return { properties: { iconBrandColor: '#0058a9', connectionParameters } };
}

test('security-def-matches-conn-params fires on an apiKey definition without a securestring parameter', () => {
	const swagger = swaggerWith({}, { securityDefinitions: { api_key: { type: 'apiKey', in: 'header', name: 'X-Api-Key' } } });
	const text = textOf(apiProperties({ region: { type: 'string' } }));
	const findings = runRule(rule, { swagger, apiProperties: text });
	assert.deepEqual(summarize(findings), [
		{
			ruleId: 'security-def-matches-conn-params',
			file: 'apiProperties',
			message: "The swagger's security definition 'api_key' is of type 'apiKey', but apiProperties.json has no 'securestring' connection parameter to hold the key.",
			range: rangeOf(text, '"connectionParameters"'),
			jsonPointer: '/properties/connectionParameters',
		},
	]);
	assert.equal(findings[0].related?.[0].jsonPointer, '/securityDefinitions/api_key');
});

test('security-def-matches-conn-params fires on basic without a password and on an oauthSetting without oauth2', () => {
	const swagger = swaggerWith({}, { securityDefinitions: { basic_auth: { type: 'basic' } } });
	const text = textOf(apiProperties({ username: { type: 'securestring' }, token: { type: 'oauthSetting', oAuthSettings: { identityProvider: 'oauth2' } } }));
	assert.deepEqual(runRule(rule, { swagger, apiProperties: text }).map((f) => [f.message, f.jsonPointer]), [
		["The swagger's security definition 'basic_auth' is of type 'basic', but apiProperties.json has no 'password' connection parameter.", '/properties/connectionParameters'],
		["The connection parameter 'token' is of type 'oauthSetting', but the swagger has no 'oauth2' security definition.", '/properties/connectionParameters/token/type'],
	]);
});

test('security-def-matches-conn-params does not fire when both files agree, or when one file is absent', () => {
	const swagger = swaggerWith({}, {
		securityDefinitions: {
			oauth2_auth: { type: 'oauth2', flow: 'accessCode', authorizationUrl: 'https://login.contoso.com/authorize', tokenUrl: 'https://login.contoso.com/token', scopes: {} },
			api_key: { type: 'apiKey', in: 'header', name: 'X-Api-Key' },
		},
	});
	const value = apiProperties({ token: { type: 'oauthSetting', oAuthSettings: { identityProvider: 'oauth2' } }, api_key: { type: 'securestring' } });
	assert.deepEqual(runRule(rule, { swagger, apiProperties: value }), []);
	assert.deepEqual(runRule(rule, { swagger }), []);
});
