import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/paths/operation-parameters-are-not-unique';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

test('operation-parameters-are-not-unique fires on the second reference to the same parameter', () => {
	const swagger = textOf(
		swaggerWith(
			{ '/items': { get: { operationId: 'ListItems', parameters: [{ $ref: '#/parameters/Top' }, { $ref: '#/parameters/Top' }], responses: {} } } },
			{ parameters: { Top: { name: '$top', in: 'query', type: 'integer' } } },
		),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: rule.id, file: 'swagger', message: "The parameters in the operation 'ListItems' are not unique.", range: rangeOf(swagger, '"#/parameters/Top"', 1), jsonPointer: '/paths/~1items/get/parameters/1/$ref' },
	]);
});

test('operation-parameters-are-not-unique fires on an identical inline copy', () => {
	const p = { name: 'q', in: 'query', type: 'string' };
	const swagger = textOf(swaggerWith({ '/items': { get: { operationId: 'ListItems', parameters: [p, { ...p }], responses: {} } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })).map((f) => [f.jsonPointer, f.range]), [['/paths/~1items/get/parameters/1/name', rangeOf(swagger, '"q"', 1)]]);
});

test('operation-parameters-are-not-unique does not fire on different parameters, overrides of path-level ones, or same-name conflicts', () => {
	const swagger = swaggerWith({
		'/items/{id}': {
			parameters: [{ name: 'id', in: 'path', type: 'string', required: true }],
			get: {
				parameters: [
					{ name: 'id', in: 'path', type: 'string', required: true },
					{ name: 'q', in: 'query', type: 'string' },
					{ name: 'q', in: 'header', type: 'string' },
					{ name: 'top', in: 'query', type: 'string' },
					{ name: 'top', in: 'query', type: 'integer' },
				],
				responses: {},
			},
		},
	});
	assert.deepEqual(runRule(rule, { swagger }), []);
});
