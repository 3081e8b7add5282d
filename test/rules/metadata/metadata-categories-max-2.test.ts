import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/metadata/metadata-categories-max-2';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

function withCategories(value: string): object {
	return swaggerWith({}, { 'x-ms-connector-metadata': [{ propertyName: 'Categories', propertyValue: value }] });
}

test('metadata-categories-max-2 fires on three categories', () => {
	const swagger = textOf(withCategories('AI;Data;Productivity'));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'metadata-categories-max-2', file: 'swagger', message: "The maximum allowed number of categories for the connector is '2'.", range: rangeOf(swagger, '"AI;Data;Productivity"'), jsonPointer: '/x-ms-connector-metadata/0/propertyValue' },
	]);
	assert.equal(runRule(rule, { swagger: withCategories('AI, Data, Productivity') }).length, 1);
});

test('metadata-categories-max-2 does not fire on one or two categories', () => {
	for (const value of ['AI', 'AI;Data', 'AI;Data;', ' AI ; Data ']) {
		assert.deepEqual(runRule(rule, { swagger: withCategories(value) }), [], value);
	}
});
