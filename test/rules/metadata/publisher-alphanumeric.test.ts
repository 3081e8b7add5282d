import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/metadata/publisher-alphanumeric';
import { rangeOf, runRule, summarize, textOf } from '../../helpers/ruleTester';

test('publisher-alphanumeric fires on punctuation, naming the characters', () => {
	const apiProperties = textOf({ properties: { iconBrandColor: '#123456', publisher: 'Contoso, Inc.', stackOwner: 'Contoso' } });
	const findings = runRule(rule, { apiProperties });
	assert.deepEqual(summarize(findings), [
		{
			ruleId: 'publisher-alphanumeric',
			file: 'apiProperties',
			message: "The 'publisher' value contains characters other than letters, digits and spaces (',', '.'); certification asks for an alphanumeric name.",
			range: rangeOf(apiProperties, '"Contoso, Inc."'),
			jsonPointer: '/properties/publisher',
		},
	]);
	assert.deepEqual(findings[0].data, { property: 'publisher', characters: [',', '.'] });
});

test('publisher-alphanumeric does not fire on letters (accented too), digits and spaces', () => {
	assert.deepEqual(runRule(rule, { apiProperties: { properties: { publisher: 'Fördős András', stackOwner: 'Contoso 365' } } }), []);
});
