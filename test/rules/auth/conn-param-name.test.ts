import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/auth/conn-param-name';
import { rangeOf, runRule, summarize, textOf } from '../../helpers/ruleTester';

function apiProperties(connectionParameters: object): object {
	return { properties: { iconBrandColor: '#0058a9', connectionParameters } };
}

test('conn-param-name fires on a name with a hyphen, on its key', () => {
	const text = textOf(apiProperties({ 'api-key': { type: 'securestring' } }));
	assert.deepEqual(summarize(runRule(rule, { apiProperties: text })), [
		{
			ruleId: 'conn-param-name',
			file: 'apiProperties',
			message: "The connection parameter name 'api-key' is not valid: use only letters, digits and '_', optionally followed by ':' and a sub-name (as in 'token:TenantId').",
			range: rangeOf(text, '"api-key"'),
			jsonPointer: '/properties/connectionParameters/api-key',
		},
	]);
});

test('conn-param-name fires on a token:TenantId that is not hidden and lacks its source type', () => {
	const text = textOf(apiProperties({ 'token:TenantId': { type: 'string', uiDefinition: { displayName: 'Tenant', constraints: { hidden: 'false' } } } }));
	const shape = "The 'token:TenantId' parameter must be of type 'string', with 'metadata.sourceType' 'AzureActiveDirectoryTenant', and hidden.";
	assert.deepEqual(summarize(runRule(rule, { apiProperties: text })).map((f) => [f.message, f.range, f.jsonPointer]), [
		[shape, rangeOf(text, '"token:TenantId"'), '/properties/connectionParameters/token:TenantId/metadata'],
		[shape, rangeOf(text, '"false"'), '/properties/connectionParameters/token:TenantId/uiDefinition/constraints/hidden'],
	]);
});

test('conn-param-name does not fire on plain names, sub-names and a well-formed token:TenantId', () => {
	const value = apiProperties({
		api_key: { type: 'securestring' },
		'token:clientId': { type: 'string' },
		'token:TenantId': { type: 'string', metadata: { sourceType: 'AzureActiveDirectoryTenant' }, uiDefinition: { constraints: { hidden: 'true', required: 'false' } } },
	});
	assert.deepEqual(runRule(rule, { apiProperties: value }), []);
});
