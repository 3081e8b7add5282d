import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/icon/icon-present';
import { GOOD_ICON } from '../../helpers/png';
import { rangeOf, runRule, summarize, textOf } from '../../helpers/ruleTester';

const apiProperties = textOf({ properties: { iconBrandColor: '#0058a9' } });

test('icon-present reminds a connector folder without icon.png', () => {
	assert.deepEqual(summarize(runRule(rule, { apiProperties, folderEntries: ['apiDefinition.swagger.json', 'apiProperties.json'], folderPath: '/repo/certified-connectors/Contoso' })), [
		{
			ruleId: 'icon-present',
			file: 'apiProperties',
			message: 'Package should contain an icon. Add icon.png (PNG, 230×230, background in iconBrandColor) beside apiProperties.json.',
			range: rangeOf(apiProperties, '"iconBrandColor"'),
			jsonPointer: '/properties/iconBrandColor',
		},
	]);
});

test('icon-present does not fire with an icon, for Independent Publishers, or when the folder is unknown', () => {
	assert.deepEqual(runRule(rule, { apiProperties, icon: GOOD_ICON(), folderEntries: ['apiProperties.json', 'icon.png'] }), []);
	assert.deepEqual(runRule(rule, { apiProperties, folderEntries: ['apiProperties.json'], folderPath: '/repo/independent-publisher-connectors/Contoso' }), []);
	assert.deepEqual(runRule(rule, { apiProperties }), []);
});
