import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/content/schema-property-strings';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

test('schema-property-strings fires on response properties, through $ref, once per property', () => {
	const swagger = textOf(
		swaggerWith(
			{
				'/invoices': { get: { summary: 'List invoices', responses: { 200: { description: 'OK', schema: { $ref: '#/definitions/Invoice' } } } } },
				'/invoices/{id}': { get: { summary: 'Get invoice', responses: { 200: { description: 'OK', schema: { $ref: '#/definitions/Invoice' } } } } },
			},
			{
				definitions: {
					Invoice: {
						type: 'object',
						properties: {
							id: { type: 'string', 'x-ms-summary': 'Invoice ID', description: 'The invoice identifier.' },
							total: { type: 'number', description: 'The amount due.' },
							note: { type: 'string' },
							secret: { type: 'string', 'x-ms-visibility': 'internal' },
						},
					},
				},
			},
		),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'schema-property-strings', file: 'swagger', message: "The response property 'total' should have an 'x-ms-summary' (property 'total' of definition 'Invoice').", range: rangeOf(swagger, '"total"'), jsonPointer: '/definitions/Invoice/properties/total/x-ms-summary' },
		{ ruleId: 'schema-property-strings', file: 'swagger', message: "The response property 'note' should have an 'x-ms-summary' and a 'description' (property 'note' of definition 'Invoice').", range: rangeOf(swagger, '"note"'), jsonPointer: '/definitions/Invoice/properties/note/x-ms-summary' },
	]);
});

test('schema-property-strings does not fire on request bodies or described response properties', () => {
	const swagger = swaggerWith({
		'/invoices': {
			post: {
				summary: 'Create invoice',
				parameters: [{ name: 'body', in: 'body', schema: { type: 'object', properties: { note: { type: 'string' } } } }],
				responses: { 200: { description: 'OK', schema: { type: 'object', properties: { id: { type: 'string', 'x-ms-summary': 'ID', description: 'The new invoice ID.' } } } } },
			},
		},
	});
	assert.deepEqual(runRule(rule, { swagger }), []);
});
