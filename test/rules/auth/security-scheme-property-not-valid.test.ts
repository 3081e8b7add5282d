import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/auth/security-scheme-property-not-valid';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

test('security-scheme-property-not-valid fires on fields another type or flow uses', () => {
	const swagger = textOf(
		swaggerWith({}, {
			securityDefinitions: {
				api_key: { type: 'apiKey', name: 'X-Api-Key', in: 'header', tokenUrl: 'https://login.contoso.com/token' },
				implicit: { type: 'oauth2', flow: 'implicit', authorizationUrl: 'https://login.contoso.com/authorize', tokenUrl: 'https://login.contoso.com/token', scopes: {} },
			},
		}),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'security-scheme-property-not-valid', file: 'swagger', message: "The security definition property 'tokenUrl' is not valid for definitions of type 'apiKey'.", range: rangeOf(swagger, '"tokenUrl"'), jsonPointer: '/securityDefinitions/api_key/tokenUrl' },
		{ ruleId: 'security-scheme-property-not-valid', file: 'swagger', message: "The security definition property 'tokenUrl' is not valid for definitions of type 'oauth2'.", range: rangeOf(swagger, '"tokenUrl"', 1), jsonPointer: '/securityDefinitions/implicit/tokenUrl' },
	]);
});

test('security-scheme-property-not-valid does not fire on valid definitions and extensions', () => {
	const swagger = swaggerWith({}, {
		securityDefinitions: {
			basic: { type: 'basic', description: 'Basic' },
			api_key: { type: 'apiKey', name: 'X-Api-Key', in: 'header', 'x-ms-note': 1 },
			oauth2: { type: 'oauth2', flow: 'accessCode', authorizationUrl: 'https://a.example/authorize', tokenUrl: 'https://a.example/token', scopes: {} },
		},
	});
	assert.deepEqual(runRule(rule, { swagger }), []);
});
