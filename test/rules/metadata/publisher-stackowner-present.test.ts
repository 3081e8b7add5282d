import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import rule from '../../../server/src/rules/metadata/publisher-stackowner-present';
import { applyFix, rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';
import { upstreamPair } from '../../helpers/upstream';

test('publisher-stackowner-present fires on template text and on a missing stackOwner', () => {
	const apiProperties = textOf({ properties: { iconBrandColor: '#123456', publisher: "Publisher's Name" } });
	assert.deepEqual(summarize(runRule(rule, { apiProperties })), [
		{
			ruleId: 'publisher-stackowner-present',
			file: 'apiProperties',
			message: "The 'stackOwner' property is missing; certification asks for the company or organization that owns the back-end service.",
			range: rangeOf(apiProperties, '"properties"'),
			jsonPointer: '/properties/stackOwner',
		},
		{
			ruleId: 'publisher-stackowner-present',
			file: 'apiProperties',
			message: "The 'publisher' value is empty or template text: give the full name of your company or organization.",
			range: rangeOf(apiProperties, `"Publisher's Name"`),
			jsonPointer: '/properties/publisher',
		},
	]);
});

test('publisher-stackowner-present treats blanks and snippet placeholders as missing', () => {
	for (const value of ['', '_____', '<publisher>', '[[publisher]]', 'TODO']) {
		assert.equal(runRule(rule, { apiProperties: { properties: { publisher: value, stackOwner: 'Contoso' } } }).length, 1, value);
	}
});

test('publisher-stackowner-present does not fire on real names', () => {
	assert.deepEqual(runRule(rule, { apiProperties: { properties: { iconBrandColor: '#123456', publisher: 'Contoso Corporation', stackOwner: 'Contoso, Inc.' } } }), []);
});

test('publisher-stackowner-present flags RiskIQ before stackOwner was added, not after (pair 13)', () => {
	const dir = upstreamPair('13-RiskIQPassiveTotal');
	assert.equal(runRule(rule, { apiProperties: readFileSync(join(dir, 'before.json'), 'utf8') }).length, 1);
	assert.deepEqual(runRule(rule, { apiProperties: readFileSync(join(dir, 'after.json'), 'utf8') }), []);
});

test('publisher-stackowner-present fix adds stackOwner after publisher, from the publisher, selected', () => {
	const apiProperties = textOf({ properties: { iconBrandColor: '#123456', publisher: 'Contoso Ltd', capabilities: [] } });
	const [finding] = runRule(rule, { apiProperties });
	const fixed = applyFix(rule, finding, { apiProperties });
	assert.equal(fixed.title, 'Set stackOwner to "Contoso Ltd"');
	assert.equal(fixed.placeholder, 'Contoso Ltd');
	assert.equal(fixed.text, apiProperties.replace('"publisher": "Contoso Ltd",\n', '"publisher": "Contoso Ltd",\n    "stackOwner": "Contoso Ltd",\n'));
	assert.deepEqual(runRule(rule, { apiProperties: fixed.text }), []);
});

test('publisher-stackowner-present fix replaces template text with the connector title, or a neutral name', () => {
	const apiProperties = textOf({ properties: { publisher: "Publisher's Name", stackOwner: 'TODO' } });
	const swagger = swaggerWith({}, { info: { title: 'Invoicing', version: '1.0' } });
	const publisher = runRule(rule, { apiProperties }).find((f) => f.jsonPointer === '/properties/publisher')!;
	const fixed = applyFix(rule, publisher, { apiProperties, swagger });
	assert.equal(fixed.text, apiProperties.replace(`"Publisher's Name"`, '"Invoicing"'));
	assert.equal(fixed.placeholder, 'Invoicing');
	assert.equal(applyFix(rule, publisher, { apiProperties }).placeholder, 'Contoso');
});
