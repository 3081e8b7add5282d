import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/auth/conn-param-secret-securestring';
import { rangeOf, runRule, summarize, textOf } from '../../helpers/ruleTester';

function apiProperties(connectionParameters: object): object {
	return { properties: { iconBrandColor: '#0058a9', connectionParameters } };
}

test('conn-param-secret-securestring fires on a string parameter named like a key or secret', () => {
	const text = textOf(apiProperties({ apiKey: { type: 'string' }, client_secret: { type: 'string' } }));
	assert.deepEqual(summarize(runRule(rule, { apiProperties: text })), [
		{
			ruleId: 'conn-param-secret-securestring',
			file: 'apiProperties',
			message: "The connection parameter 'apiKey' looks like a credential; make it of type 'securestring' so that its value is masked and stored encrypted.",
			range: rangeOf(text, '"string"', 0),
			jsonPointer: '/properties/connectionParameters/apiKey/type',
		},
		{
			ruleId: 'conn-param-secret-securestring',
			file: 'apiProperties',
			message: "The connection parameter 'client_secret' looks like a credential; make it of type 'securestring' so that its value is masked and stored encrypted.",
			range: rangeOf(text, '"string"', 1),
			jsonPointer: '/properties/connectionParameters/client_secret/type',
		},
	]);
});

test('conn-param-secret-securestring does not fire on securestrings, non-secret names or token: sub-parameters', () => {
	const value = apiProperties({
		api_key: { type: 'securestring' },
		tokenUrl: { type: 'string' },
		keyVaultName: { type: 'string' },
		region: { type: 'string' },
		'token:clientSecret': { type: 'string' },
	});
	assert.deepEqual(runRule(rule, { apiProperties: value }), []);
});
