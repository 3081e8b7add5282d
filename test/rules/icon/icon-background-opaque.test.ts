import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/icon/icon-background-opaque';
import { GOOD_ICON, START, pngOf } from '../../helpers/png';
import { runRule, summarize } from '../../helpers/ruleTester';

test('icon-background-opaque fires on a transparent background', () => {
	assert.deepEqual(summarize(runRule(rule, { icon: pngOf(230, 230, [0, 0, 0, 0], [0, 88, 169, 255]) })), [
		{ ruleId: 'icon-background-opaque', file: 'icon', message: 'The icon background must be non-transparent: its corners have an alpha of 0 (255 is opaque).', range: START, jsonPointer: '' },
	]);
});

test('icon-background-opaque does not fire on an opaque background', () => {
	assert.deepEqual(runRule(rule, { icon: GOOD_ICON() }), []);
});
