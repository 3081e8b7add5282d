import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/schemas/min-properties-must-be-greater-than-or-equal-to-zero';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

const MESSAGE = "The 'minProperties' value must be greater than or equal to zero.";

test('min-properties-must-be-greater-than-or-equal-to-zero fires on a schema property and on a query parameter', () => {
	const swagger = textOf(
		swaggerWith(
			{ '/invoices': { get: { parameters: [{ name: 'top', in: 'query', type: 'string', minProperties: -2 }], responses: { '200': { description: 'OK', schema: { $ref: '#/definitions/Invoice' } } } } } },
			{ definitions: { Invoice: { type: 'object', properties: { amount: { type: 'object', minProperties: -1 } } } } },
		),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'min-properties-must-be-greater-than-or-equal-to-zero', file: 'swagger', message: MESSAGE, range: rangeOf(swagger, '-2'), jsonPointer: '/paths/~1invoices/get/parameters/0/minProperties' },
		{ ruleId: 'min-properties-must-be-greater-than-or-equal-to-zero', file: 'swagger', message: MESSAGE, range: rangeOf(swagger, '-1'), jsonPointer: '/definitions/Invoice/properties/amount/minProperties' },
	]);
});

test('min-properties-must-be-greater-than-or-equal-to-zero does not fire on consistent keywords', () => {
	const swagger = swaggerWith(
		{ '/invoices': { get: { parameters: [{ name: 'q', in: 'query', type: 'string' }], responses: { '200': { description: 'OK', schema: { $ref: '#/definitions/Invoice' } } } } } },
		{ definitions: { Invoice: { type: 'object', properties: { amount: { type: 'object', minProperties: 0 } } } } },
	);
	assert.deepEqual(runRule(rule, { swagger }), []);
});
