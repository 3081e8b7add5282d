import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/swagger/json-type-incorrect';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

test('json-type-incorrect fires on a number where a string is required', () => {
	const swagger = textOf(swaggerWith({}, { info: { title: 'Contoso', description: 'Contoso invoices.', version: 2.5 } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'json-type-incorrect',
			file: 'swagger',
			message: "The type of the property is incorrect. Expected type 'string', but value is of type 'number'.",
			range: rangeOf(swagger, '2.5'),
			jsonPointer: '/info/version',
		},
	]);
});

test('json-type-incorrect fires on `required: true` inside a schema property', () => {
	const swagger = textOf(swaggerWith({}, { definitions: { Invoice: { type: 'object', properties: { id: { type: 'string', required: true } } } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })).map((f) => [f.message, f.range, f.jsonPointer]), [
		["The type of the property is incorrect. Expected type 'array', but value is of type 'boolean'.", rangeOf(swagger, 'true'), '/definitions/Invoice/properties/id/required'],
	]);
});

test('json-type-incorrect does not fire when the types are right', () => {
	const swagger = swaggerWith({}, { definitions: { Invoice: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } } } });
	assert.deepEqual(runRule(rule, { swagger }), []);
});
