import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/schemas/required-read-only-property-not-allowed-as-input';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

const definitions = {
	Invoice: { type: 'object', required: ['id', 'total'], properties: { id: { type: 'string', readOnly: true }, total: { type: 'number' } } },
};

test('required-read-only-property-not-allowed-as-input fires on a required readOnly property of a body schema', () => {
	const swagger = textOf(swaggerWith({ '/invoices': { post: { parameters: [{ name: 'body', in: 'body', schema: { $ref: '#/definitions/Invoice' } }], responses: {} } } }, { definitions }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'required-read-only-property-not-allowed-as-input',
			file: 'swagger',
			message: "An input property cannot be 'readonly' and required.",
			range: rangeOf(swagger, '"id"'),
			jsonPointer: '/definitions/Invoice/required/0',
		},
	]);
});

test('required-read-only-property-not-allowed-as-input does not fire when the schema is only an output', () => {
	const swagger = swaggerWith({ '/invoices': { get: { responses: { 200: { description: 'OK', schema: { $ref: '#/definitions/Invoice' } } } } } }, { definitions });
	assert.deepEqual(runRule(rule, { swagger }), []);
});
