import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/auth/security-scheme-property-required';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

test('security-scheme-property-required fires on the definition name for each missing field', () => {
	const swagger = textOf(
		swaggerWith({}, {
			securityDefinitions: {
				api_key: { type: 'apiKey', in: 'header' },
				oauth2: { type: 'oauth2', flow: 'accessCode', authorizationUrl: 'https://login.contoso.com/authorize', scopes: {} },
			},
		}),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'security-scheme-property-required', file: 'swagger', message: "The security definition property 'name' is required for definitions of type 'apiKey'.", range: rangeOf(swagger, '"api_key"'), jsonPointer: '/securityDefinitions/api_key/name' },
		{ ruleId: 'security-scheme-property-required', file: 'swagger', message: "The security definition property 'tokenUrl' is required for definitions of type 'oauth2'.", range: rangeOf(swagger, '"oauth2"'), jsonPointer: '/securityDefinitions/oauth2/tokenUrl' },
	]);
});

test('security-scheme-property-required does not fire on complete definitions', () => {
	const swagger = swaggerWith({}, {
		securityDefinitions: {
			basic: { type: 'basic' },
			api_key: { type: 'apiKey', name: 'X-Api-Key', in: 'query' },
			implicit: { type: 'oauth2', flow: 'implicit', authorizationUrl: 'https://a.example/authorize', scopes: {} },
		},
	});
	assert.deepEqual(runRule(rule, { swagger }), []);
});
