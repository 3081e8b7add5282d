import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/swagger/parameter-reference-not-valid';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

const withParameter = (parameter: object, extra: object = {}) => swaggerWith({ '/invoices': { get: { parameters: [parameter], responses: { 200: { description: 'OK' } } } } }, extra);

test('parameter-reference-not-valid fires on a reference to a definition', () => {
	const swagger = textOf(withParameter({ $ref: '#/definitions/Top' }, { definitions: { Top: { type: 'integer' } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'parameter-reference-not-valid',
			file: 'swagger',
			message: "The parameter reference '#/definitions/Top' is not valid. Parameter references must start with '#/parameters/' and be valid JSON Pointers.",
			range: rangeOf(swagger, '"#/definitions/Top"'),
			jsonPointer: '/paths/~1invoices/get/parameters/0/$ref',
		},
	]);
});

test('parameter-reference-not-valid fires on a reference to another file', () => {
	const swagger = textOf(withParameter({ $ref: '../common.json#/parameters/top' }));
	assert.deepEqual(summarize(runRule(rule, { swagger })).map((f) => [f.message, f.range]), [
		[
			"The parameter reference '../common.json#/parameters/top' is not valid. It references another file or URL; only references inside this document are supported. Parameter references must start with '#/parameters/' and be valid JSON Pointers.",
			rangeOf(swagger, '"../common.json#/parameters/top"'),
		],
	]);
});

test('parameter-reference-not-valid does not fire on a local parameter reference', () => {
	const swagger = withParameter({ $ref: '#/parameters/top' }, { parameters: { top: { name: 'top', in: 'query', type: 'integer' } } });
	assert.deepEqual(runRule(rule, { swagger }), []);
});
