import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/auth/auth-type-supported';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

const ID = 'auth-type-supported';
const SUPPORTED = 'A custom connector must support one of: OAuth2, anonymous authentication, API key, or basic authentication.';

function withSecurity(securityDefinitions: object): string {
	return textOf(swaggerWith({}, { securityDefinitions }));
}

function withParameters(connectionParameters: object, properties: object = {}): string {
	return textOf({ properties: { connectionParameters, iconBrandColor: '#0058a9', capabilities: [], ...properties } });
}

function oauth(identityProvider: string, extra: object = {}): object {
	return { token: { type: 'oauthSetting', oAuthSettings: { identityProvider, clientId: 'id', scopes: [], redirectMode: 'GlobalPerConnector', customParameters: { resourceUri: { value: 'https://contoso.com' } }, ...extra } } };
}

test('auth-type-supported fires on a security definition of another type, naming it', () => {
	const swagger = withSecurity({ oidc: { type: 'openIdConnect', openIdConnectUrl: 'https://contoso.com/.well-known/openid-configuration' }, custom: { type: 'windows' } });
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: ID, file: 'swagger', message: `The security definition 'oidc' uses OpenID Connect ('openIdConnect'), which custom connectors do not support. ${SUPPORTED}`, range: rangeOf(swagger, '"openIdConnect"'), jsonPointer: '/securityDefinitions/oidc/type' },
		{ ruleId: ID, file: 'swagger', message: `The security definition 'custom' uses the authentication type 'windows', which custom connectors do not support. ${SUPPORTED}`, range: rangeOf(swagger, '"windows"'), jsonPointer: '/securityDefinitions/custom/type' },
	]);
});

test('auth-type-supported does not fire on OAuth 2.0, API key, basic or no security definitions', () => {
	const swagger = withSecurity({
		oauth: { type: 'oauth2', flow: 'accessCode', authorizationUrl: 'https://contoso.com/a', tokenUrl: 'https://contoso.com/t', scopes: {} },
		key: { type: 'apiKey', in: 'header', name: 'X-Key' },
		basic: { type: 'basic' },
		// A missing type is a Swagger structure error, reported elsewhere.
		broken: {},
	});
	assert.deepEqual(runRule(rule, { swagger }), []);
	assert.deepEqual(runRule(rule, { swagger: swaggerWith({}) }), []);
});

test('auth-type-supported fires on aadcertificate outside a first-party app, on the identity provider', () => {
	const missing = withParameters(oauth('aadcertificate'));
	const message = `The identity provider 'aadcertificate' signs in with a client certificate, which is only supported for first-party Microsoft apps ('properties.IsFirstParty' set to "True"). ${SUPPORTED}`;
	assert.deepEqual(summarize(runRule(rule, { apiProperties: missing })), [
		{ ruleId: ID, file: 'apiProperties', message, range: rangeOf(missing, '"aadcertificate"'), jsonPointer: '/properties/connectionParameters/token/oAuthSettings/identityProvider' },
	]);
	const notFirstParty = withParameters(oauth('aadcertificate', { properties: { IsFirstParty: 'False' } }));
	assert.deepEqual(summarize(runRule(rule, { apiProperties: notFirstParty })).map((f) => f.range), [rangeOf(notFirstParty, '"aadcertificate"')]);
});

test('auth-type-supported does not fire on aadcertificate for a first-party app, nor on other identity providers', () => {
	assert.deepEqual(runRule(rule, { apiProperties: withParameters(oauth('aadcertificate', { properties: { IsFirstParty: 'True' } })) }), []);
	for (const provider of ['aad', 'oauth2', 'oauth2generic', 'facebook', 'DocuSign']) {
		assert.deepEqual(runRule(rule, { apiProperties: withParameters(oauth(provider)) }), [], provider);
	}
});

test('auth-type-supported fires on a certificate parameter type, name or display name', () => {
	const apiProperties = withParameters({
		cert: { type: 'clientCertificate', uiDefinition: { displayName: 'Certificate' } },
		clientCertificate: { type: 'securestring', uiDefinition: { displayName: 'Upload' } },
		upload: { type: 'securestring', uiDefinition: { displayName: 'Client certificate (.pfx, base64)' } },
		pfx_password: { type: 'securestring', uiDefinition: { displayName: 'Password' } },
	});
	assert.deepEqual(summarize(runRule(rule, { apiProperties })), [
		{ ruleId: ID, file: 'apiProperties', message: `The connection parameter 'cert' has the type 'clientCertificate': client certificate authentication is not supported by custom connectors. ${SUPPORTED}`, range: rangeOf(apiProperties, '"clientCertificate"'), jsonPointer: '/properties/connectionParameters/cert/type' },
		{ ruleId: ID, file: 'apiProperties', message: `The connection parameter 'clientCertificate' asks for a client certificate, which custom connectors do not support. ${SUPPORTED}`, range: rangeOf(apiProperties, '"clientCertificate"', 1), jsonPointer: '/properties/connectionParameters/clientCertificate' },
		{ ruleId: ID, file: 'apiProperties', message: `The connection parameter 'upload' ("Client certificate (.pfx, base64)") asks for a client certificate, which custom connectors do not support. ${SUPPORTED}`, range: rangeOf(apiProperties, '"Client certificate (.pfx, base64)"'), jsonPointer: '/properties/connectionParameters/upload/uiDefinition/displayName' },
		{ ruleId: ID, file: 'apiProperties', message: `The connection parameter 'pfx_password' asks for a client certificate, which custom connectors do not support. ${SUPPORTED}`, range: rangeOf(apiProperties, '"pfx_password"'), jsonPointer: '/properties/connectionParameters/pfx_password' },
	]);
});

test('auth-type-supported fires on Windows authentication offered by an authType parameter, on the value', () => {
	const apiProperties = withParameters({
		authType: {
			type: 'string',
			allowedValues: [{ value: 'anonymous' }, { value: 'windows' }],
			uiDefinition: { displayName: 'Authentication type', constraints: { required: 'true', allowedValues: [{ text: 'Anonymous', value: 'anonymous' }, { text: 'Windows', value: 'Windows' }] } },
		},
		gateway: { type: 'gatewaySetting', gatewaySettings: { dataSourceType: 'CustomConnector', connectionDetails: [] } },
	});
	const message = (value: string) => `The connection parameter 'authType' offers Windows authentication ('${value}'), which custom connectors do not support. ${SUPPORTED}`;
	assert.deepEqual(summarize(runRule(rule, { apiProperties })), [
		{ ruleId: ID, file: 'apiProperties', message: message('windows'), range: rangeOf(apiProperties, '"windows"'), jsonPointer: '/properties/connectionParameters/authType/allowedValues/1/value' },
		{ ruleId: ID, file: 'apiProperties', message: message('Windows'), range: rangeOf(apiProperties, '"Windows"', 1), jsonPointer: '/properties/connectionParameters/authType/uiDefinition/constraints/allowedValues/1/value' },
	]);
});

test('auth-type-supported checks the parameters of multi-auth sets', () => {
	const apiProperties = textOf({
		properties: {
			iconBrandColor: '#0058a9',
			connectionParameterSets: { uiDefinition: { displayName: 'Authentication' }, values: [{ name: 'key', uiDefinition: {}, parameters: { api_key: { type: 'securestring' } } }, { name: 'cert', uiDefinition: {}, parameters: { certificate: { type: 'securestring' } } }] },
		},
	});
	assert.deepEqual(summarize(runRule(rule, { apiProperties })).map((f) => [f.jsonPointer, f.range]), [
		['/properties/connectionParameterSets/values/1/parameters/certificate', rangeOf(apiProperties, '"certificate"')],
	]);
});

test('auth-type-supported does not fire on parameters that merely mention certificates or on supported auth choices', () => {
	const apiProperties = withParameters({
		api_key: { type: 'securestring', uiDefinition: { displayName: 'API Key', constraints: { required: 'true' } } },
		certificateId: { type: 'string', uiDefinition: { displayName: 'Certificate ID' } },
		certificateName: { type: 'string', uiDefinition: { displayName: 'Certificate Manager API key' } },
		validateSslCertificate: { type: 'bool', uiDefinition: { displayName: 'Validate SSL certificate' } },
		username: { type: 'string' },
		password: { type: 'securestring' },
		authType: { type: 'string', allowedValues: [{ value: 'none' }, { value: 'basic' }], uiDefinition: { constraints: { allowedValues: [{ text: 'none', value: 'anonymous' }] } } },
		'token:TenantId': { type: 'string', metadata: { sourceType: 'AzureActiveDirectoryTenant' } },
		'token:clientSecret': { type: 'securestring' },
	});
	assert.deepEqual(runRule(rule, { apiProperties }), []);
});

test('auth-type-supported reports in both files at once', () => {
	const swagger = withSecurity({ mtls: { type: 'mutualTLS' } });
	const apiProperties = withParameters(oauth('aadcertificate'));
	assert.deepEqual(summarize(runRule(rule, { swagger, apiProperties })).map((f) => [f.file, f.jsonPointer]), [
		['swagger', '/securityDefinitions/mtls/type'],
		['apiProperties', '/properties/connectionParameters/token/oAuthSettings/identityProvider'],
	]);
});
