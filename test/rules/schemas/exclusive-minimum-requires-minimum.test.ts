import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/schemas/exclusive-minimum-requires-minimum';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

const MESSAGE = "The 'exclusiveMinimum' keyword can only be specified if the 'minimum' keyword is also specified.";

test('exclusive-minimum-requires-minimum fires on a schema property and on a query parameter', () => {
	const swagger = textOf(
		swaggerWith(
			{ '/invoices': { get: { parameters: [{ name: 'top', in: 'query', type: 'integer', exclusiveMinimum: true }], responses: { '200': { description: 'OK', schema: { $ref: '#/definitions/Invoice' } } } } } },
			{ definitions: { Invoice: { type: 'object', properties: { amount: { type: 'integer', exclusiveMinimum: true } } } } },
		),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'exclusive-minimum-requires-minimum', file: 'swagger', message: MESSAGE, range: rangeOf(swagger, '"exclusiveMinimum"'), jsonPointer: '/paths/~1invoices/get/parameters/0/exclusiveMinimum' },
		{ ruleId: 'exclusive-minimum-requires-minimum', file: 'swagger', message: MESSAGE, range: rangeOf(swagger, '"exclusiveMinimum"', 1), jsonPointer: '/definitions/Invoice/properties/amount/exclusiveMinimum' },
	]);
});

test('exclusive-minimum-requires-minimum does not fire on consistent keywords', () => {
	const swagger = swaggerWith(
		{ '/invoices': { get: { parameters: [{ name: 'q', in: 'query', type: 'string' }], responses: { '200': { description: 'OK', schema: { $ref: '#/definitions/Invoice' } } } } } },
		{ definitions: { Invoice: { type: 'object', properties: { amount: { type: 'integer', minimum: 10, exclusiveMinimum: true, exclusiveMaximum: false } } } } },
	);
	assert.deepEqual(runRule(rule, { swagger }), []);
});
