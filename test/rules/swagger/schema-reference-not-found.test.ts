import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/swagger/schema-reference-not-found';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

const invoice = { Invoice: { type: 'object', properties: { id: { type: 'string' } } } };

test('schema-reference-not-found fires on the $ref value of a dangling schema reference', () => {
	const swagger = textOf(swaggerWith({ '/invoices': { get: { responses: { 200: { description: 'OK', schema: { $ref: '#/definitions/Invoce' } } } } } }, { definitions: invoice }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'schema-reference-not-found',
			file: 'swagger',
			message: "The schema reference '#/definitions/Invoce' could not be found in the swagger document.",
			range: rangeOf(swagger, '"#/definitions/Invoce"'),
			jsonPointer: '/paths/~1invoices/get/responses/200/schema/$ref',
		},
	]);
});

test('schema-reference-not-found looks inside definitions, items and body schemas', () => {
	const swagger = textOf(
		swaggerWith(
			{ '/invoices': { post: { parameters: [{ name: 'body', in: 'body', schema: { type: 'array', items: { $ref: '#/definitions/Line' } } }], responses: { 200: { description: 'OK' } } } } },
			{ definitions: { Invoice: { type: 'object', properties: { customer: { $ref: '#/definitions/Customer' } } } } },
		),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })).map((f) => f.jsonPointer), ['/paths/~1invoices/post/parameters/0/schema/items/$ref', '/definitions/Invoice/properties/customer/$ref']);
});

test('schema-reference-not-found does not fire on existing definitions, nor on "$ref" text inside examples', () => {
	const swagger = swaggerWith(
		{ '/invoices': { get: { responses: { 200: { description: 'OK', schema: { $ref: '#/definitions/Invoice' }, examples: { 'application/json': { $ref: '#/definitions/Nothing' } } } } } } },
		{ definitions: invoice },
	);
	assert.deepEqual(runRule(rule, { swagger }), []);
});
