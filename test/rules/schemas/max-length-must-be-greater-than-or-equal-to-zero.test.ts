import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/schemas/max-length-must-be-greater-than-or-equal-to-zero';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

const MESSAGE = "The 'maxLength' value must be greater than or equal to zero.";

test('max-length-must-be-greater-than-or-equal-to-zero fires on a schema property and on a query parameter', () => {
	const swagger = textOf(
		swaggerWith(
			{ '/invoices': { get: { parameters: [{ name: 'top', in: 'query', type: 'string', maxLength: -2 }], responses: { '200': { description: 'OK', schema: { $ref: '#/definitions/Invoice' } } } } } },
			{ definitions: { Invoice: { type: 'object', properties: { amount: { type: 'string', maxLength: -1 } } } } },
		),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'max-length-must-be-greater-than-or-equal-to-zero', file: 'swagger', message: MESSAGE, range: rangeOf(swagger, '-2'), jsonPointer: '/paths/~1invoices/get/parameters/0/maxLength' },
		{ ruleId: 'max-length-must-be-greater-than-or-equal-to-zero', file: 'swagger', message: MESSAGE, range: rangeOf(swagger, '-1'), jsonPointer: '/definitions/Invoice/properties/amount/maxLength' },
	]);
});

test('max-length-must-be-greater-than-or-equal-to-zero does not fire on consistent keywords', () => {
	const swagger = swaggerWith(
		{ '/invoices': { get: { parameters: [{ name: 'q', in: 'query', type: 'string' }], responses: { '200': { description: 'OK', schema: { $ref: '#/definitions/Invoice' } } } } } },
		{ definitions: { Invoice: { type: 'object', properties: { amount: { type: 'string', maxLength: 0 } } } } },
	);
	assert.deepEqual(runRule(rule, { swagger }), []);
});
