import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/icon/icon-brand-color-forbidden';
import { applyFix, rangeOf, runRule, summarize, textOf } from '../../helpers/ruleTester';

test('icon-brand-color-forbidden fires on the default blue, in any case', () => {
	const apiProperties = textOf({ properties: { iconBrandColor: '#007EE5' } });
	assert.deepEqual(summarize(runRule(rule, { apiProperties })), [
		{
			ruleId: 'icon-brand-color-forbidden',
			file: 'apiProperties',
			message: "The iconBrandColor #007EE5 is the default blue, which is not a valid brand color: use your brand's colour, not #007ee5 or #ffffff.",
			range: rangeOf(apiProperties, '"#007EE5"'),
			jsonPointer: '/properties/iconBrandColor',
		},
	]);
});

test('icon-brand-color-forbidden fires on white and not on a brand colour', () => {
	assert.equal(runRule(rule, { apiProperties: { properties: { iconBrandColor: '#ffffff' } } }).length, 1);
	assert.deepEqual(runRule(rule, { apiProperties: { properties: { iconBrandColor: '#0058a9' } } }), []);
});

test('icon-brand-color-forbidden fix puts a placeholder colour in place, selected', () => {
	const apiProperties = '{\r\n\t"properties": {\r\n\t\t"iconBrandColor": "#007ee5",\r\n\t\t"publisher": "Contoso"\r\n\t}\r\n}';
	const [finding] = runRule(rule, { apiProperties });
	const fixed = applyFix(rule, finding, { apiProperties });
	assert.equal(fixed.title, 'Replace the colour with a placeholder brand colour');
	assert.equal(fixed.text, apiProperties.replace('#007ee5', '#000000'));
	assert.equal(fixed.placeholder, '#000000');
	assert.deepEqual(runRule(rule, { apiProperties: fixed.text }), []);
});
