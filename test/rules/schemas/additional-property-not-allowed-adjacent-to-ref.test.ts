import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/schemas/additional-property-not-allowed-adjacent-to-ref';
import { applyFix, rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

// Microsoft's message names no key: the subject says which key of which object.
const MESSAGE = (subject: string) => `When '$ref' is defined, no other properties may be specified (${subject}).`;

test('additional-property-not-allowed-adjacent-to-ref fires on each sibling of a schema or parameter $ref', () => {
	const swagger = textOf(
		swaggerWith(
			{ '/invoices': { get: { parameters: [{ $ref: '#/parameters/Top', required: true }], responses: { '200': { description: 'OK', schema: { $ref: '#/definitions/Invoice' } } } } } },
			{
				parameters: { Top: { name: 'top', in: 'query', type: 'integer' } },
				definitions: { Invoice: { type: 'object', properties: { customer: { $ref: '#/definitions/Customer', description: 'The customer.', 'x-ms-summary': 'Customer' } } }, Customer: { type: 'object' } },
			},
		),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'additional-property-not-allowed-adjacent-to-ref', file: 'swagger', message: MESSAGE("key 'required' of parameter 'top' of GET /invoices"), range: rangeOf(swagger, '"required"'), jsonPointer: '/paths/~1invoices/get/parameters/0/required' },
		{ ruleId: 'additional-property-not-allowed-adjacent-to-ref', file: 'swagger', message: MESSAGE("key 'description' of property 'customer' of definition 'Invoice'"), range: rangeOf(swagger, '"description"', 2), jsonPointer: '/definitions/Invoice/properties/customer/description' },
		{ ruleId: 'additional-property-not-allowed-adjacent-to-ref', file: 'swagger', message: MESSAGE("key 'x-ms-summary' of property 'customer' of definition 'Invoice'"), range: rangeOf(swagger, '"x-ms-summary"'), jsonPointer: '/definitions/Invoice/properties/customer/x-ms-summary' },
	]);
});

test('additional-property-not-allowed-adjacent-to-ref does not fire on plain references or $ref text in examples', () => {
	const swagger = swaggerWith(
		{ '/invoices': { get: { parameters: [{ $ref: '#/parameters/Top' }], responses: { '200': { description: 'OK', schema: { $ref: '#/definitions/Invoice' } } } } } },
		{
			parameters: { Top: { name: 'top', in: 'query', type: 'integer' } },
			definitions: { Invoice: { type: 'object', example: { $ref: 'not a reference', note: 'data' }, properties: { customer: { $ref: '#/definitions/Customer' } } }, Customer: { type: 'object' } },
		},
	);
	assert.deepEqual(runRule(rule, { swagger }), []);
});

test('additional-property-not-allowed-adjacent-to-ref fix removes the sibling key', () => {
	const swagger = textOf(
		swaggerWith(
			{ '/invoices': { get: { parameters: [{ $ref: '#/parameters/Top', required: true }], responses: {} } } },
			{ parameters: { Top: { name: 'top', in: 'query', type: 'integer' } } },
		),
	);
	const [finding] = runRule(rule, { swagger });
	const fixed = applyFix(rule, finding, { swagger });
	assert.equal(fixed.title, "Remove 'required' (the $ref replaces the object)");
	assert.equal(fixed.text, swagger.replace('"$ref": "#/parameters/Top",\n            "required": true\n', '"$ref": "#/parameters/Top"\n'));
	assert.deepEqual(runRule(rule, { swagger: fixed.text }), []);
});
