import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/paths/operation-missing-path-parameter';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

test('operation-missing-path-parameter fires on the parameters key when a variable has no path parameter', () => {
	const swagger = textOf(
		swaggerWith({
			'/items/{itemId}': { get: { operationId: 'GetItem', parameters: [{ name: 'itemId', in: 'query', type: 'string' }], responses: {} } },
		}),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: rule.id,
			file: 'swagger',
			message: "The operation 'GetItem' does not define the 'itemId' parameter which is required by the path.",
			range: rangeOf(swagger, '"parameters"'),
			jsonPointer: '/paths/~1items~1{itemId}/get/parameters',
		},
	]);
});

test('operation-missing-path-parameter fires on the method key when the operation has no parameters', () => {
	const swagger = textOf(swaggerWith({ '/items/{itemId}': { delete: { operationId: 'DeleteItem', responses: {} } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })).map((f) => f.range), [rangeOf(swagger, '"delete"')]);
});

test('operation-missing-path-parameter accepts path-level and referenced parameters', () => {
	const swagger = swaggerWith(
		{
			'/items/{itemId}/lines/{lineId}': {
				parameters: [{ name: 'itemId', in: 'path', type: 'string', required: true }],
				get: { parameters: [{ $ref: '#/parameters/LineId' }], responses: {} },
			},
		},
		{ parameters: { LineId: { name: 'lineId', in: 'path', type: 'string', required: true } } },
	);
	assert.deepEqual(runRule(rule, { swagger }), []);
});
