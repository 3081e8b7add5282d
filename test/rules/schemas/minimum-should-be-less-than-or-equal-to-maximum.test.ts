import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/schemas/minimum-should-be-less-than-or-equal-to-maximum';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

const MESSAGE = "The 'minimum' value should be less than or equal to the 'maximum' value.";

test('minimum-should-be-less-than-or-equal-to-maximum fires on a schema property and on a query parameter', () => {
	const swagger = textOf(
		swaggerWith(
			{ '/invoices': { get: { parameters: [{ name: 'top', in: 'query', type: 'integer', minimum: 9, maximum: 2 }], responses: { '200': { description: 'OK', schema: { $ref: '#/definitions/Invoice' } } } } } },
			{ definitions: { Invoice: { type: 'object', properties: { amount: { type: 'integer', minimum: 5, maximum: 3 } } } } },
		),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'minimum-should-be-less-than-or-equal-to-maximum', file: 'swagger', message: MESSAGE, range: rangeOf(swagger, '9'), jsonPointer: '/paths/~1invoices/get/parameters/0/minimum' },
		{ ruleId: 'minimum-should-be-less-than-or-equal-to-maximum', file: 'swagger', message: MESSAGE, range: rangeOf(swagger, '5'), jsonPointer: '/definitions/Invoice/properties/amount/minimum' },
	]);
});

test('minimum-should-be-less-than-or-equal-to-maximum does not fire on consistent keywords', () => {
	const swagger = swaggerWith(
		{ '/invoices': { get: { parameters: [{ name: 'q', in: 'query', type: 'string' }], responses: { '200': { description: 'OK', schema: { $ref: '#/definitions/Invoice' } } } } } },
		{ definitions: { Invoice: { type: 'object', properties: { amount: { type: 'integer', minimum: 3, maximum: 3 } } } } },
	);
	assert.deepEqual(runRule(rule, { swagger }), []);
});
