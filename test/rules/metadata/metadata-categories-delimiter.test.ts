import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/metadata/metadata-categories-delimiter';
import { applyFix, rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

function withCategories(value: string): object {
	return swaggerWith({}, { 'x-ms-connector-metadata': [{ propertyName: 'Categories', propertyValue: value }] });
}

test('metadata-categories-delimiter fires on commas and suggests semicolons', () => {
	const swagger = textOf(withCategories('Productivity, Collaboration'));
	const findings = runRule(rule, { swagger });
	assert.deepEqual(summarize(findings), [
		{ ruleId: 'metadata-categories-delimiter', file: 'swagger', message: 'The \'Categories\' value should be a semicolon-delimited string: "Productivity;Collaboration".', range: rangeOf(swagger, '"Productivity, Collaboration"'), jsonPointer: '/x-ms-connector-metadata/0/propertyValue' },
	]);
	assert.deepEqual(findings[0].data, { suggestion: 'Productivity;Collaboration' });
});

test('metadata-categories-delimiter does not fire on semicolons', () => {
	assert.deepEqual(runRule(rule, { swagger: withCategories('Productivity;Collaboration') }), []);
	assert.deepEqual(runRule(rule, { swagger: withCategories('IT Operations; Communication') }), []);
});

test('metadata-categories-delimiter fix replaces the commas by semicolons', () => {
	const swagger = textOf(withCategories('Productivity, Collaboration'));
	const [finding] = runRule(rule, { swagger });
	const fixed = applyFix(rule, finding, { swagger });
	assert.equal(fixed.title, "Separate the categories with ';'");
	assert.equal(fixed.text, swagger.replace('"Productivity, Collaboration"', '"Productivity;Collaboration"'));
	assert.deepEqual(runRule(rule, { swagger: fixed.text }), []);
});
