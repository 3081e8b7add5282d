import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/dynamic/dynamic-target-internal';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

function withTarget(visibility: object): object {
	return swaggerWith({
		'/lists': { get: { operationId: 'GetLists', ...visibility, responses: { 200: { description: 'OK' } } } },
		'/items': {
			get: {
				operationId: 'GetItems',
				parameters: [
					{ name: 'list', in: 'query', type: 'string', 'x-ms-dynamic-values': { operationId: 'GetLists', 'value-path': 'id' } },
					{ name: 'other', in: 'query', type: 'string', 'x-ms-dynamic-list': { operationId: 'GetLists', itemValuePath: 'id' } },
				],
				responses: { 200: { description: 'OK' } },
			},
		},
	});
}

test('dynamic-target-internal fires once on the invoked operation when it is not internal', () => {
	const swagger = textOf(withTarget({ 'x-ms-visibility': 'advanced' }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'dynamic-target-internal',
			file: 'swagger',
			message: 'The operation \'GetLists\' is invoked by a dynamic extension and should be hidden with "x-ms-visibility": "internal".',
			range: rangeOf(swagger, '"advanced"'),
			jsonPointer: '/paths/~1lists/get/x-ms-visibility',
		},
	]);
});

test('dynamic-target-internal does not fire when the invoked operation is internal', () => {
	assert.deepEqual(runRule(rule, { swagger: withTarget({ 'x-ms-visibility': 'internal' }) }), []);
});
