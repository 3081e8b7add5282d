import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/icon/icon-size';
import { GOOD_ICON, START, pngOf } from '../../helpers/png';
import { runRule, summarize } from '../../helpers/ruleTester';

test('icon-size fires on an icon that is not 230×230', () => {
	assert.deepEqual(summarize(runRule(rule, { icon: pngOf(160, 120, [0, 88, 169, 255]) })), [
		{ ruleId: 'icon-size', file: 'icon', message: 'The icon is 160×120 pixels; certification expects 230×230.', range: START, jsonPointer: '' },
	]);
});

test('icon-size reads a huge image\'s size from its header without decoding it', () => {
	const header = GOOD_ICON().slice(0, 33);
	new DataView(header.buffer).setUint32(16, 50_000);
	new DataView(header.buffer).setUint32(20, 50_000);
	assert.deepEqual(runRule(rule, { icon: header }).map((f) => f.message), ['The icon is 50000×50000 pixels; certification expects 230×230.']);
});

test('icon-size does not fire on 230×230, and follows the width/height settings', () => {
	assert.deepEqual(runRule(rule, { icon: GOOD_ICON() }), []);
	assert.deepEqual(runRule(rule, { icon: pngOf(160, 160, [0, 88, 169, 255]) }, { options: { width: 160, height: 160 } }), []);
});
