import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/icon/icon-ip-none';
import { GOOD_ICON, START } from '../../helpers/png';
import { rangeOf, runRule, summarize, textOf } from '../../helpers/ruleTester';

const IP = '/repo/independent-publisher-connectors/Contoso';
const apiProperties = textOf({ properties: { iconBrandColor: '#da3b01' } });

test('icon-ip-none fires on icon.png in an Independent Publisher folder, on the icon', () => {
	assert.deepEqual(summarize(runRule(rule, { apiProperties, icon: GOOD_ICON(), folderPath: IP, folderEntries: ['apiProperties.json', 'icon.png'] })), [
		{ ruleId: 'icon-ip-none', file: 'icon', message: 'Independent Publisher connectors do not submit a connector icon: remove icon.png.', range: START, jsonPointer: '' },
	]);
});

test('icon-ip-none fires on another PNG in the folder, on iconBrandColor', () => {
	assert.deepEqual(summarize(runRule(rule, { apiProperties, folderPath: IP, folderEntries: ['apiProperties.json', 'logo.PNG'] })), [
		{ ruleId: 'icon-ip-none', file: 'apiProperties', message: 'Independent Publisher connectors do not submit a connector icon: remove logo.PNG.', range: rangeOf(apiProperties, '"iconBrandColor"'), jsonPointer: '/properties/iconBrandColor' },
	]);
});

test('icon-ip-none does not fire for verified publishers or IP folders without images', () => {
	assert.deepEqual(runRule(rule, { apiProperties, icon: GOOD_ICON(), folderPath: '/repo/certified-connectors/Contoso', folderEntries: ['icon.png'] }), []);
	assert.deepEqual(runRule(rule, { apiProperties, folderPath: IP, folderEntries: ['apiProperties.json', 'readme.md'] }), []);
});
