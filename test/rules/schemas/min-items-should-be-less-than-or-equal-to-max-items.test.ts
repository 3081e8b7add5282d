import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/schemas/min-items-should-be-less-than-or-equal-to-max-items';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

const MESSAGE = "The 'minItems' value should be less than or equal to the 'maxItems' value.";

test('min-items-should-be-less-than-or-equal-to-max-items fires on a schema property and on a query parameter', () => {
	const swagger = textOf(
		swaggerWith(
			{ '/invoices': { get: { parameters: [{ name: 'top', in: 'query', type: 'array', items: { type: 'string' }, minItems: 9, maxItems: 2 }], responses: { '200': { description: 'OK', schema: { $ref: '#/definitions/Invoice' } } } } } },
			{ definitions: { Invoice: { type: 'object', properties: { amount: { type: 'array', items: { type: 'string' }, minItems: 5, maxItems: 3 } } } } },
		),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'min-items-should-be-less-than-or-equal-to-max-items', file: 'swagger', message: MESSAGE, range: rangeOf(swagger, '9'), jsonPointer: '/paths/~1invoices/get/parameters/0/minItems' },
		{ ruleId: 'min-items-should-be-less-than-or-equal-to-max-items', file: 'swagger', message: MESSAGE, range: rangeOf(swagger, '5'), jsonPointer: '/definitions/Invoice/properties/amount/minItems' },
	]);
});

test('min-items-should-be-less-than-or-equal-to-max-items does not fire on consistent keywords', () => {
	const swagger = swaggerWith(
		{ '/invoices': { get: { parameters: [{ name: 'q', in: 'query', type: 'string' }], responses: { '200': { description: 'OK', schema: { $ref: '#/definitions/Invoice' } } } } } },
		{ definitions: { Invoice: { type: 'object', properties: { amount: { type: 'array', items: { type: 'string' }, minItems: 3, maxItems: 3 } } } } },
	);
	assert.deepEqual(runRule(rule, { swagger }), []);
});
