import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/icon/icon-brand-color-ip';
import { applyFix, rangeOf, runRule, summarize, textOf } from '../../helpers/ruleTester';

const IP = '/repo/independent-publisher-connectors/Contoso';

test('icon-brand-color-ip fires on an Independent Publisher connector with another colour', () => {
	const apiProperties = textOf({ properties: { iconBrandColor: '#0058a9' } });
	assert.deepEqual(summarize(runRule(rule, { apiProperties, folderPath: IP })), [
		{ ruleId: 'icon-brand-color-ip', file: 'apiProperties', message: 'Independent Publisher connectors must set the color to #da3b01; this one is #0058a9.', range: rangeOf(apiProperties, '"#0058a9"'), jsonPointer: '/properties/iconBrandColor' },
	]);
});

test('icon-brand-color-ip does not fire on #da3b01 (any case) or outside the Independent Publisher tree', () => {
	assert.deepEqual(runRule(rule, { apiProperties: { properties: { iconBrandColor: '#DA3B01' } }, folderPath: IP }), []);
	assert.deepEqual(runRule(rule, { apiProperties: { properties: { iconBrandColor: '#0058a9' } }, folderPath: '/repo/certified-connectors/Contoso' }), []);
});

test('icon-brand-color-ip fix sets #da3b01', () => {
	const apiProperties = textOf({ properties: { iconBrandColor: '#0058a9', publisher: 'Contoso' } });
	const [finding] = runRule(rule, { apiProperties, folderPath: IP });
	const fixed = applyFix(rule, finding, { apiProperties, folderPath: IP });
	assert.equal(fixed.title, 'Set the colour to #da3b01');
	assert.equal(fixed.text, apiProperties.replace('#0058a9', '#da3b01'));
	assert.deepEqual(runRule(rule, { apiProperties: fixed.text, folderPath: IP }), []);
});
