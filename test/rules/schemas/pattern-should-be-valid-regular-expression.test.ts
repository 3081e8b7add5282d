import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/schemas/pattern-should-be-valid-regular-expression';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

const MESSAGE = "The 'pattern' value should be a valid regular expression.";

test('pattern-should-be-valid-regular-expression fires on patterns that do not compile', () => {
	const swagger = textOf(
		swaggerWith(
			{ '/invoices': { get: { parameters: [{ name: 'code', in: 'query', type: 'string', pattern: '[A-Z' }], responses: { '200': { description: 'OK', schema: { $ref: '#/definitions/Invoice' } } } } } },
			{ definitions: { Invoice: { type: 'object', properties: { id: { type: 'string', pattern: '^(ab$' } } } } },
		),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'pattern-should-be-valid-regular-expression', file: 'swagger', message: MESSAGE, range: rangeOf(swagger, '"[A-Z"'), jsonPointer: '/paths/~1invoices/get/parameters/0/pattern' },
		{ ruleId: 'pattern-should-be-valid-regular-expression', file: 'swagger', message: MESSAGE, range: rangeOf(swagger, '"^(ab$"'), jsonPointer: '/definitions/Invoice/properties/id/pattern' },
	]);
});

test('pattern-should-be-valid-regular-expression accepts ECMAScript patterns and .NET inline options', () => {
	const swagger = swaggerWith(
		{ '/invoices': { get: { parameters: [{ name: 'code', in: 'query', type: 'string', pattern: '(?i)^[a-z]{3}\\-\\d+$' }], responses: {} } } },
		{ definitions: { Invoice: { type: 'object', properties: { id: { type: 'string', pattern: '^(?<year>\\d{4})-\\d{2}$' }, mail: { type: 'string', pattern: '^\\S+@\\S+$' } } } } },
	);
	assert.deepEqual(runRule(rule, { swagger }), []);
});
