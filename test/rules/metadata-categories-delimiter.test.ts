import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../server/src/rules/metadata-categories-delimiter';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../helpers/ruleTester';

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
