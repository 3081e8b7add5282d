import assert from 'node:assert/strict';
import { test } from 'node:test';
import { baselineOf, compareWithOf, toEngineConfig } from '../server/src/lsp/settings';
import { maxItemsOf } from '../server/src/lsp/limits';

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

test('settings: compareWith is HEAD unless set, and off or empty turns it off; a non-string is ignored with a warning', () => {
	const warnings: string[] = [];
	const warn = (w: string) => warnings.push(w);
	assert.equal(compareWithOf(null, warn), 'HEAD');
	assert.equal(compareWithOf({ compareWith: ' origin/dev ' }, warn), 'origin/dev');
	assert.equal(compareWithOf({ compareWith: 'off' }, warn), undefined);
	assert.equal(compareWithOf({ compareWith: '' }, warn), undefined);
	assert.equal(compareWithOf({ compareWith: 3 }, warn), 'HEAD');
	assert.deepEqual(warnings, ['Ignoring "connectorCertify.compareWith": 3 is not a git ref or "off"; comparing with HEAD.']);
});

test('settings: baseline is off unless set to a ref; a non-string is ignored with a warning', () => {
	const warnings: string[] = [];
	const warn = (w: string) => warnings.push(w);
	assert.equal(baselineOf(null, warn), undefined);
	assert.equal(baselineOf({ baseline: 'HEAD' }, warn), 'HEAD');
	assert.equal(baselineOf({ baseline: ' off ' }, warn), undefined);
	assert.equal(baselineOf({ baseline: '' }, warn), undefined);
	assert.equal(baselineOf({ baseline: ['main'] }, warn), undefined);
	assert.deepEqual(warnings, ['Ignoring "connectorCertify.baseline": ["main"] is not a git ref or "off"; every finding is shown.']);
});

test('settings: maxItemsComputed is 5000 unless set to a whole number from 100 to 1,000,000; anything else is ignored with a warning', () => {
	const warnings: string[] = [];
	const warn = (message: string) => warnings.push(message);
	assert.equal(maxItemsOf(undefined, warn), 5000);
	assert.equal(maxItemsOf({}, warn), 5000);
	assert.equal(maxItemsOf({ maxItemsComputed: 250 }, warn), 250);
	assert.deepEqual(warnings, []);
	assert.equal(maxItemsOf({ maxItemsComputed: 10 }, warn), 5000);
	assert.equal(maxItemsOf({ maxItemsComputed: 'lots' }, warn), 5000);
	assert.equal(maxItemsOf({ maxItemsComputed: 12.5 }, warn), 5000);
	assert.deepEqual(warnings, [
		'Ignoring "connectorCertify.maxItemsComputed": 10 is not a whole number from 100 to 1000000; using 5000.',
		'Ignoring "connectorCertify.maxItemsComputed": "lots" is not a whole number from 100 to 1000000; using 5000.',
		'Ignoring "connectorCertify.maxItemsComputed": 12.5 is not a whole number from 100 to 1000000; using 5000.',
	]);
});
