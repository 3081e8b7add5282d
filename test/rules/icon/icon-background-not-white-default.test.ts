import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/icon/icon-background-not-white-default';
import { GOOD_ICON, START, pngOf } from '../../helpers/png';
import { runRule, summarize } from '../../helpers/ruleTester';

test('icon-background-not-white-default fires on a white background', () => {
	assert.deepEqual(summarize(runRule(rule, { icon: pngOf(230, 230, [255, 255, 255, 255], [0, 88, 169, 255]) })), [
		{ ruleId: 'icon-background-not-white-default', file: 'icon', message: 'The icon background is #ffffff, white; it must not be #ffffff or #007ee5.', range: START, jsonPointer: '' },
	]);
});

test('icon-background-not-white-default fires on the default blue, within anti-aliasing tolerance', () => {
	assert.deepEqual(runRule(rule, { icon: pngOf(230, 230, [0x02, 0x7e, 0xe3, 255]) }).map((f) => f.message), ['The icon background is #027ee3, the default blue; it must not be #ffffff or #007ee5.']);
});

test('icon-background-not-white-default does not fire on a brand colour background', () => {
	assert.deepEqual(runRule(rule, { icon: GOOD_ICON() }), []);
});
