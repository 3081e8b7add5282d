import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/auth/oauth-no-client-credentials';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

function withSecurity(securityDefinitions: object): string {
	return textOf(swaggerWith({}, { securityDefinitions }));
}

test('oauth-no-client-credentials fires on flow application, on the flow value', () => {
	const swagger = withSecurity({ oauth2_auth: { type: 'oauth2', flow: 'application', tokenUrl: 'https://login.contoso.com/token', scopes: {} } });
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'oauth-no-client-credentials',
			file: 'swagger',
			message: 'Currently, client credentials grant type is not supported by custom connectors.',
			range: rangeOf(swagger, '"application"'),
			jsonPointer: '/securityDefinitions/oauth2_auth/flow',
		},
	]);
});

test('oauth-no-client-credentials does not fire on the authorization code flow or on other security types', () => {
	const swagger = withSecurity({
		oauth2_auth: { type: 'oauth2', flow: 'accessCode', authorizationUrl: 'https://login.contoso.com/authorize', tokenUrl: 'https://login.contoso.com/token', scopes: {} },
		key: { type: 'apiKey', in: 'header', name: 'X-Key', flow: 'application' },
		none: { type: 'oauth2' },
	});
	assert.deepEqual(runRule(rule, { swagger }), []);
});

test('oauth-no-client-credentials does not look at apiProperties', () => {
	assert.deepEqual(runRule(rule, { apiProperties: { properties: { iconBrandColor: '#0058a9', connectionParameters: {} } } }), []);
});
