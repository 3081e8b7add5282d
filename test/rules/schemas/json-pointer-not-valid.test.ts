import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/schemas/json-pointer-not-valid';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

const MESSAGE = 'The JSON Pointer path is not valid.';

test('json-pointer-not-valid fires on a bad ~ escape and on a bad % escape', () => {
	const swagger = textOf(
		swaggerWith(
			{ '/invoices': { get: { parameters: [{ $ref: '#/parameters/Api~2Version' }], responses: { '200': { description: 'OK', schema: { $ref: '#/definitions/Invoice%ZZ' } } } } } },
			{ parameters: { 'Api/Version': { name: 'v', in: 'query', type: 'string' } }, definitions: { Invoice: { type: 'object' } } },
		),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'json-pointer-not-valid', file: 'swagger', message: MESSAGE, range: rangeOf(swagger, '"#/parameters/Api~2Version"'), jsonPointer: '/paths/~1invoices/get/parameters/0/$ref' },
		{ ruleId: 'json-pointer-not-valid', file: 'swagger', message: MESSAGE, range: rangeOf(swagger, '"#/definitions/Invoice%ZZ"'), jsonPointer: '/paths/~1invoices/get/responses/200/schema/$ref' },
	]);
});

test('json-pointer-not-valid does not fire on valid pointers, escapes included, nor on wrong-section references', () => {
	const swagger = swaggerWith(
		{ '/invoices': { get: { parameters: [{ $ref: '#/parameters/Api~1Version' }], responses: { '200': { description: 'OK', schema: { $ref: '#/definitions/Caf%C3%A9' } }, '201': { description: 'OK', schema: { $ref: '#definitions/Invoice' } } } } } },
		{ parameters: { 'Api/Version': { name: 'v', in: 'query', type: 'string' } }, definitions: { 'Café': { type: 'object' }, Invoice: { type: 'object' } } },
	);
	assert.deepEqual(runRule(rule, { swagger }), []);
});
