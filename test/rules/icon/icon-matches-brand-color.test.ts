import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/icon/icon-matches-brand-color';
import { GOOD_ICON, START } from '../../helpers/png';
import { runRule, summarize } from '../../helpers/ruleTester';

const apiProperties = (iconBrandColor: string) => ({ properties: { iconBrandColor } });

test('icon-matches-brand-color fires when the background differs from iconBrandColor', () => {
	assert.deepEqual(summarize(runRule(rule, { icon: GOOD_ICON(), apiProperties: apiProperties('#da3b01') })), [
		{ ruleId: 'icon-matches-brand-color', file: 'icon', message: 'The icon background #0058a9 does not match the iconBrandColor #da3b01 in apiProperties.json.', range: START, jsonPointer: '' },
	]);
});

test('icon-matches-brand-color does not fire on a match (case and small differences allowed) or without a valid colour', () => {
	assert.deepEqual(runRule(rule, { icon: GOOD_ICON(), apiProperties: apiProperties('#0058A9') }), []);
	assert.deepEqual(runRule(rule, { icon: GOOD_ICON(), apiProperties: apiProperties('#0a5ab0') }), []);
	assert.deepEqual(runRule(rule, { icon: GOOD_ICON(), apiProperties: apiProperties('blue') }), []);
	assert.deepEqual(runRule(rule, { icon: GOOD_ICON() }), []);
});

test('icon-matches-brand-color honours a stricter tolerance', () => {
	assert.equal(runRule(rule, { icon: GOOD_ICON(), apiProperties: apiProperties('#0a5ab0') }, { options: { tolerance: 0 } }).length, 1);
});
