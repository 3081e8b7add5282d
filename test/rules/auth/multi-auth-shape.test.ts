import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/auth/multi-auth-shape';
import { rangeOf, runRule, summarize, textOf } from '../../helpers/ruleTester';

function apiProperties(connectionParameterSets: object): object {
	return { properties: { iconBrandColor: '#0058a9', connectionParameterSets } };
}

const ui = (displayName: string) => ({ displayName, description: `${displayName}.` });

test('multi-auth-shape fires on a set without a name and on a missing top-level uiDefinition', () => {
	const text = textOf(apiProperties({ values: [{ uiDefinition: ui('Use an API key'), parameters: { api_key: { type: 'securestring' } } }] }));
	assert.deepEqual(summarize(runRule(rule, { apiProperties: text })), [
		{
			ruleId: 'multi-auth-shape',
			file: 'apiProperties',
			message: "The 'connectionParameterSets' object should have a 'uiDefinition' with a 'displayName' and a 'description'.",
			range: rangeOf(text, '"connectionParameterSets"'),
			jsonPointer: '/properties/connectionParameterSets/uiDefinition',
		},
		{
			ruleId: 'multi-auth-shape',
			file: 'apiProperties',
			message: "The parameter set 1 should have a non-empty 'name'.",
			range: rangeOf(text, '{', 3),
			jsonPointer: '/properties/connectionParameterSets/values/0/name',
		},
	]);
});

test('multi-auth-shape fires on duplicate set names, empty parameters and an empty values list', () => {
	const text = textOf(
		apiProperties({
			uiDefinition: ui('Authentication Type'),
			values: [
				{ name: 'key', uiDefinition: ui('Use an API key'), parameters: { api_key: { type: 'securestring' } } },
				{ name: 'key', uiDefinition: { displayName: 'Use OAuth' }, parameters: {} },
			],
		}),
	);
	assert.deepEqual(runRule(rule, { apiProperties: text }).map((f) => [f.message, f.jsonPointer]), [
		["The parameter set name 'key' is used more than once; each set needs its own name.", '/properties/connectionParameterSets/values/1/name'],
		["The parameter set 'key' should have a non-empty 'uiDefinition.description'.", '/properties/connectionParameterSets/values/1/uiDefinition/description'],
		["The parameter set 'key' should define its connection parameters in a non-empty 'parameters' object.", '/properties/connectionParameterSets/values/1/parameters'],
	]);
	assert.deepEqual(runRule(rule, { apiProperties: apiProperties({ uiDefinition: ui('Authentication Type'), values: [] }) }).map((f) => f.message), [
		"The 'connectionParameterSets' object should list its parameter sets in a non-empty 'values' array.",
	]);
});

test('multi-auth-shape does not fire on a well-formed multi-auth, or without connectionParameterSets', () => {
	const value = apiProperties({
		uiDefinition: ui('Authentication Type'),
		values: [
			{ name: 'basic-auth', uiDefinition: ui('Use your credentials'), parameters: { username: { type: 'string' }, password: { type: 'securestring' } } },
			{ name: 'api-auth', uiDefinition: ui('Use an API key'), parameters: { api_key: { type: 'securestring' } } },
		],
	});
	assert.deepEqual(runRule(rule, { apiProperties: value }), []);
	assert.deepEqual(runRule(rule, { apiProperties: { properties: { iconBrandColor: '#0058a9', connectionParameters: {} } } }), []);
});
