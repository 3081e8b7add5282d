import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/dynamic/dynamic-properties-item-value-path-mismatch';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

function withPaths(valuePath: string | undefined, itemValuePath: string | undefined): object {
	return swaggerWith({
		'/schema': { get: { operationId: 'GetSchema', responses: { 200: { description: 'OK', schema: { type: 'object' } } } } },
		'/rows': {
			post: {
				operationId: 'AddRow',
				parameters: [
					{
						name: 'row',
						in: 'body',
						schema: {
							type: 'object',
							'x-ms-dynamic-schema': { operationId: 'GetSchema', parameters: {}, 'value-path': valuePath },
							'x-ms-dynamic-properties': { operationId: 'GetSchema', parameters: {}, itemValuePath },
						},
					},
				],
				responses: { 200: { description: 'OK' } },
			},
		},
	});
}

test('dynamic-properties-item-value-path-mismatch fires when itemValuePath differs from value-path without properties', () => {
	const swagger = textOf(withPaths('schema/properties', 'schema/properties'));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'dynamic-properties-item-value-path-mismatch',
			file: 'swagger',
			message: "The 'x-ms-dynamic-properties' extension should have the same item value path as 'x-ms-dynamic-schema' extension without 'properties' ending. The expected path is 'schema'.",
			range: rangeOf(swagger, '"schema/properties"', 1),
			jsonPointer: '/paths/~1rows/post/parameters/0/schema/x-ms-dynamic-properties/itemValuePath',
		},
	]);
});

test('dynamic-properties-item-value-path-mismatch does not fire on matching paths', () => {
	assert.deepEqual(runRule(rule, { swagger: withPaths('schema/properties', 'schema') }), []);
	assert.deepEqual(runRule(rule, { swagger: withPaths('items', 'items') }), []);
	assert.deepEqual(runRule(rule, { swagger: withPaths(undefined, undefined) }), []);
});
