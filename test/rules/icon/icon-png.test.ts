import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/icon/icon-png';
import { GOOD_ICON, START } from '../../helpers/png';
import { runRule, summarize } from '../../helpers/ruleTester';

test('icon-png fires on a file that is not a PNG (a JPEG renamed icon.png)', () => {
	const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]);
	assert.deepEqual(summarize(runRule(rule, { icon: jpeg })), [
		{ ruleId: 'icon-png', file: 'icon', message: 'The icon must be submitted in PNG format as icon.png: this file does not start with the PNG signature.', range: START, jsonPointer: '' },
	]);
});

test('icon-png fires on a truncated PNG, with the decoder\'s reason', () => {
	const truncated = GOOD_ICON().slice(0, 60);
	const findings = runRule(rule, { icon: truncated });
	assert.equal(findings.length, 1);
	assert.match(findings[0].message, /^The icon must be submitted in PNG format as icon\.png: this file could not be decoded \(.+\)\.$/);
});

test('icon-png does not fire on a real PNG', () => {
	assert.deepEqual(runRule(rule, { icon: GOOD_ICON() }), []);
});
