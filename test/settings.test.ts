import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toEngineConfig } from '../server/src/lsp/settings';

test('settings: profile, rules and ruleOptions become the engine configuration', () => {
	const warnings: string[] = [];
	const config = toEngineConfig({ profile: 'strict', rules: { 'op-*': 'warning' }, ruleOptions: { 'op-summary-max-80': { maxLength: 100 } } }, (w) => warnings.push(w));
	assert.deepEqual(config, { profile: 'strict', rules: { 'op-*': 'warning' }, ruleOptions: { 'op-summary-max-80': { maxLength: 100 } } });
	assert.deepEqual(warnings, []);
});

test('settings: a ruleOptions entry that is not an object is ignored with a warning', () => {
	const warnings: string[] = [];
	const config = toEngineConfig({ ruleOptions: { 'op-summary-max-80': 100, 'icon-size': { width: 160 } } }, (w) => warnings.push(w));
	assert.deepEqual(config, { profile: 'certification', ruleOptions: { 'icon-size': { width: 160 } } });
	assert.deepEqual(warnings, ['Ignoring "connectorCertify.ruleOptions" entry "op-summary-max-80": expected an object of option values.']);
});
