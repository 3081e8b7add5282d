import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ruleOption } from '../../server/src/engine/config';
import rule from '../../server/src/rules/icon/icon-size';

test('ruleOption: the configured value when it has the declared type, else the default', () => {
	assert.equal(ruleOption(rule, { profile: 'certification' }, 'width'), 230);
	assert.equal(ruleOption(rule, { profile: 'certification', ruleOptions: { 'icon-size': { width: 160 } } }, 'width'), 160);
	assert.equal(ruleOption(rule, { profile: 'certification', ruleOptions: { 'icon-size': { width: '160' } } }, 'width'), 230);
	assert.equal(ruleOption(rule, { profile: 'certification', ruleOptions: { 'icon-size': { width: null } } }, 'width'), null);
	assert.throws(() => ruleOption(rule, { profile: 'certification' }, 'depth'), /has no option named depth/);
});
