import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/schemas/exclusive-maximum-requires-maximum';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

const MESSAGE = "The 'exclusiveMaximum' keyword can only be specified if the 'maximum' keyword is also specified.";

test('exclusive-maximum-requires-maximum fires on a schema property and on a query parameter', () => {
	const swagger = textOf(
		swaggerWith(
			{ '/invoices': { get: { parameters: [{ name: 'top', in: 'query', type: 'integer', exclusiveMaximum: true }], responses: { '200': { description: 'OK', schema: { $ref: '#/definitions/Invoice' } } } } } },
			{ definitions: { Invoice: { type: 'object', properties: { amount: { type: 'integer', exclusiveMaximum: true } } } } },
		),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'exclusive-maximum-requires-maximum', file: 'swagger', message: MESSAGE, range: rangeOf(swagger, '"exclusiveMaximum"'), jsonPointer: '/paths/~1invoices/get/parameters/0/exclusiveMaximum' },
		{ ruleId: 'exclusive-maximum-requires-maximum', file: 'swagger', message: MESSAGE, range: rangeOf(swagger, '"exclusiveMaximum"', 1), jsonPointer: '/definitions/Invoice/properties/amount/exclusiveMaximum' },
	]);
});

test('exclusive-maximum-requires-maximum does not fire on consistent keywords', () => {
	const swagger = swaggerWith(
		{ '/invoices': { get: { parameters: [{ name: 'q', in: 'query', type: 'string' }], responses: { '200': { description: 'OK', schema: { $ref: '#/definitions/Invoice' } } } } } },
		{ definitions: { Invoice: { type: 'object', properties: { amount: { type: 'integer', maximum: 10, exclusiveMaximum: true, exclusiveMinimum: false } } } } },
	);
	assert.deepEqual(runRule(rule, { swagger }), []);
});
