import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/auth/oauth-redirect-per-connector';
import { applyFix, rangeOf, runRule, summarize, textOf } from '../../helpers/ruleTester';

function apiProperties(oAuthSettings: object): object {
	return { properties: { iconBrandColor: '#0058a9', connectionParameters: { token: { type: 'oauthSetting', oAuthSettings } } } };
}

test('oauth-redirect-per-connector fires on Global', () => {
	const text = textOf(apiProperties({ identityProvider: 'oauth2', clientId: 'abc', redirectMode: 'Global' }));
	assert.deepEqual(summarize(runRule(rule, { apiProperties: text })), [
		{
			ruleId: 'oauth-redirect-per-connector',
			file: 'apiProperties',
			message: "The 'redirectMode' value 'Global' shares a redirect URL with other connectors; certification reviewers ask for 'GlobalPerConnector'.",
			range: rangeOf(text, '"Global"'),
			jsonPointer: '/properties/connectionParameters/token/oAuthSettings/redirectMode',
		},
	]);
});

test('oauth-redirect-per-connector fires on a missing redirectMode, on the oAuthSettings key', () => {
	const text = textOf(apiProperties({ identityProvider: 'oauth2', clientId: 'abc' }));
	assert.deepEqual(summarize(runRule(rule, { apiProperties: text })).map((f) => [f.message, f.range]), [
		["The 'redirectMode' property is missing; certification reviewers ask for 'GlobalPerConnector', a redirect URL of this connector's own.", rangeOf(text, '"oAuthSettings"')],
	]);
});

test('oauth-redirect-per-connector does not fire on GlobalPerConnector or on values outside the schema enum', () => {
	assert.deepEqual(runRule(rule, { apiProperties: apiProperties({ identityProvider: 'oauth2', redirectMode: 'GlobalPerConnector' }) }), []);
	assert.deepEqual(runRule(rule, { apiProperties: apiProperties({ identityProvider: 'oauth2', redirectMode: 'global' }) }), []);
});

test('oauth-redirect-per-connector fix replaces the mode or adds it at the end of oAuthSettings', () => {
	const global = textOf(apiProperties({ identityProvider: 'oauth2', redirectMode: 'Global', clientId: 'abc' }));
	const replaced = applyFix(rule, runRule(rule, { apiProperties: global })[0], { apiProperties: global });
	assert.equal(replaced.title, "Set redirectMode to 'GlobalPerConnector'");
	assert.equal(replaced.text, global.replace('"Global"', '"GlobalPerConnector"'));
	const missing = textOf(apiProperties({ identityProvider: 'oauth2', clientId: 'abc' }));
	const added = applyFix(rule, runRule(rule, { apiProperties: missing })[0], { apiProperties: missing });
	assert.equal(added.text, missing.replace('"clientId": "abc"\n', '"clientId": "abc",\n          "redirectMode": "GlobalPerConnector"\n'));
	assert.deepEqual(runRule(rule, { apiProperties: added.text }), []);
});
