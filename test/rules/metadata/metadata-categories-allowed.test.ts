import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/metadata/metadata-categories-allowed';
import { CONNECTOR_CATEGORIES } from '../../../server/src/core/metadata';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

const MESSAGE = `The connector category is invalid. Available categories are: [${CONNECTOR_CATEGORIES.join(', ')}].`;

function withCategories(value: unknown): object {
	return swaggerWith({}, { 'x-ms-connector-metadata': [{ propertyName: 'Categories', propertyValue: value }] });
}

test('metadata-categories-allowed fires once per unknown category, on the value', () => {
	const swagger = textOf(withCategories('Productivity;CRM'));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'metadata-categories-allowed', file: 'swagger', message: MESSAGE, range: rangeOf(swagger, '"Productivity;CRM"'), jsonPointer: '/x-ms-connector-metadata/0/propertyValue' },
	]);
	assert.equal(MESSAGE.startsWith('The connector category is invalid. Available categories are: [AI, Business Management,'), true);
});

test('metadata-categories-allowed does not fire on listed categories (spaces, case and commas tolerated)', () => {
	for (const value of ['IT Operations; Communication', 'sales and crm', 'AI,Data', 'Data;', 42]) {
		assert.deepEqual(runRule(rule, { swagger: withCategories(value) }), [], String(value));
	}
});
