import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/icon/icon-brand-color-hex';
import { rangeOf, runRule, summarize, textOf } from '../../helpers/ruleTester';

test('icon-brand-color-hex fires on a colour that is not #rrggbb', () => {
	const apiProperties = textOf({ properties: { iconBrandColor: '#05a' } });
	assert.deepEqual(summarize(runRule(rule, { apiProperties })), [
		{ ruleId: 'icon-brand-color-hex', file: 'apiProperties', message: "The 'iconBrandColor' value '#05a' is not a colour of the form #rrggbb.", range: rangeOf(apiProperties, '"#05a"'), jsonPointer: '/properties/iconBrandColor' },
	]);
});

test('icon-brand-color-hex does not fire on six hex digits in either case', () => {
	assert.deepEqual(runRule(rule, { apiProperties: { properties: { iconBrandColor: '#0058A9' } } }), []);
});
