import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/schemas/min-length-should-be-less-than-or-equal-to-max-length';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

const MESSAGE = "The 'minLength' value should be less than or equal to the 'maxLength' value.";

test('min-length-should-be-less-than-or-equal-to-max-length fires on a schema property and on a query parameter', () => {
	const swagger = textOf(
		swaggerWith(
			{ '/invoices': { get: { parameters: [{ name: 'top', in: 'query', type: 'string', minLength: 9, maxLength: 2 }], responses: { '200': { description: 'OK', schema: { $ref: '#/definitions/Invoice' } } } } } },
			{ definitions: { Invoice: { type: 'object', properties: { amount: { type: 'string', minLength: 5, maxLength: 3 } } } } },
		),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'min-length-should-be-less-than-or-equal-to-max-length', file: 'swagger', message: MESSAGE, range: rangeOf(swagger, '9'), jsonPointer: '/paths/~1invoices/get/parameters/0/minLength' },
		{ ruleId: 'min-length-should-be-less-than-or-equal-to-max-length', file: 'swagger', message: MESSAGE, range: rangeOf(swagger, '5'), jsonPointer: '/definitions/Invoice/properties/amount/minLength' },
	]);
});

test('min-length-should-be-less-than-or-equal-to-max-length does not fire on consistent keywords', () => {
	const swagger = swaggerWith(
		{ '/invoices': { get: { parameters: [{ name: 'q', in: 'query', type: 'string' }], responses: { '200': { description: 'OK', schema: { $ref: '#/definitions/Invoice' } } } } } },
		{ definitions: { Invoice: { type: 'object', properties: { amount: { type: 'string', minLength: 3, maxLength: 3 } } } } },
	);
	assert.deepEqual(runRule(rule, { swagger }), []);
});
