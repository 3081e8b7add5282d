import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/icon/icon-brand-color-required';
import { rangeOf, runRule, summarize, textOf } from '../../helpers/ruleTester';

test('icon-brand-color-required fires on the properties key when iconBrandColor is missing', () => {
	const apiProperties = textOf({ properties: { publisher: 'Contoso' } });
	assert.deepEqual(summarize(runRule(rule, { apiProperties })), [
		{ ruleId: 'icon-brand-color-required', file: 'apiProperties', message: "The 'iconBrandColor' property is required.", range: rangeOf(apiProperties, '"properties"'), jsonPointer: '/properties/iconBrandColor' },
	]);
});

test('icon-brand-color-required does not fire when it is set, or when properties itself is missing', () => {
	assert.deepEqual(runRule(rule, { apiProperties: { properties: { iconBrandColor: '#0058a9' } } }), []);
	assert.deepEqual(runRule(rule, { apiProperties: {} }), []);
});
