import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/schemas/multiple-of-must-be-greater-than-zero';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

test('multiple-of-must-be-greater-than-zero fires on negative values', () => {
	const swagger = textOf(
		swaggerWith({}, { definitions: { Quantity: { type: 'integer', multipleOf: -3 }, Price: { type: 'number', multipleOf: -0.5 } } }),
	);
	const message = "The 'multipleOf' value must be greater than zero.";
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'multiple-of-must-be-greater-than-zero', file: 'swagger', message, range: rangeOf(swagger, '-3'), jsonPointer: '/definitions/Quantity/multipleOf' },
		{ ruleId: 'multiple-of-must-be-greater-than-zero', file: 'swagger', message, range: rangeOf(swagger, '-0.5'), jsonPointer: '/definitions/Price/multipleOf' },
	]);
});

test('multiple-of-must-be-greater-than-zero fires on zero', () => {
	const swagger = textOf(swaggerWith({ '/a': { get: { parameters: [{ name: 'n', in: 'query', type: 'integer', multipleOf: 0 }], responses: {} } } }));
	assert.deepEqual(runRule(rule, { swagger }).map((f) => f.jsonPointer), ['/paths/~1a/get/parameters/0/multipleOf']);
});

test('multiple-of-must-be-greater-than-zero does not fire on a positive value', () => {
	const swagger = swaggerWith({}, { definitions: { Price: { type: 'number', multipleOf: 0.01 } } });
	assert.deepEqual(runRule(rule, { swagger }), []);
});
