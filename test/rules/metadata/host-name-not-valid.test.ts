import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/metadata/host-name-not-valid';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

const MESSAGE = "The 'host' property, if present, must be a valid URI host without a scheme or path.";

test('host-name-not-valid fires on a host with a scheme and path, with the bare host as suggestion', () => {
	const swagger = textOf(swaggerWith({}, { host: 'https://api.contoso.com/v1' }));
	const findings = runRule(rule, { swagger });
	assert.deepEqual(summarize(findings), [
		{ ruleId: 'host-name-not-valid', file: 'swagger', message: MESSAGE, range: rangeOf(swagger, '"https://api.contoso.com/v1"'), jsonPointer: '/host' },
	]);
	assert.equal(findings[0].data?.suggestion, 'api.contoso.com');
});

test('host-name-not-valid fires on templates and spaces', () => {
	for (const host of ['{tenant}.contoso.com', 'api.contoso.com ', 'api.contoso.com:port']) {
		assert.equal(runRule(rule, { swagger: swaggerWith({}, { host }) }).length, 1, host);
	}
});

test('host-name-not-valid does not fire on a host name, a port or a missing host', () => {
	for (const host of ['api.contoso.com', 'api.contoso.com:8443', '10.0.0.1', undefined]) {
		assert.deepEqual(runRule(rule, { swagger: swaggerWith({}, { host }) }), [], String(host));
	}
});
