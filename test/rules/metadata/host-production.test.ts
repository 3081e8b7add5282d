import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/metadata/host-production';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

test('host-production fires on a staging host', () => {
	const swagger = textOf(swaggerWith({}, { host: 'api-staging.contoso.com' }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'host-production',
			file: 'swagger',
			message: "The host 'api-staging.contoso.com' looks like a non-production host ('staging'); staging, dev, and test host URLs aren't allowed.",
			range: rangeOf(swagger, '"api-staging.contoso.com"'),
			jsonPointer: '/host',
		},
	]);
});

test('host-production fires on localhost, IP addresses and dev/test/qa labels', () => {
	for (const host of ['localhost:4433', '127.0.0.1', 'dev.api.contoso.com', 'contoso-test.azurewebsites.net', 'qa.contoso.com']) {
		assert.equal(runRule(rule, { swagger: swaggerWith({}, { host }) }).length, 1, host);
	}
});

test('host-production does not fire on production hosts, words that merely contain "dev", or .dev domains', () => {
	for (const host of ['api.contoso.com', 'developer.contoso.com', 'devices.contoso.com', 'www.affirmations.dev', 'latest.contoso.com']) {
		assert.deepEqual(runRule(rule, { swagger: swaggerWith({}, { host }) }), [], host);
	}
});
