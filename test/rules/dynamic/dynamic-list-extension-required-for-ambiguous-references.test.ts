import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/dynamic/dynamic-list-extension-required-for-ambiguous-references';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

const ok = { 200: { description: 'OK', schema: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' } } } } } };

/** EXT's example: `id` is both the path parameter and a property of the body. */
function withModel(extra: object): object {
	return swaggerWith({
		'/models': { get: { operationId: 'GetSupportedModels', parameters: [{ name: 'requestId', in: 'query', type: 'string' }], responses: ok } },
		'/requests/{id}': {
			post: {
				operationId: 'TestDynamicValuesWithAmbiguousReferences',
				parameters: [
					{ name: 'id', in: 'path', type: 'string', required: true },
					{
						name: 'requestBody',
						in: 'body',
						required: true,
						schema: {
							type: 'object',
							properties: {
								id: { type: 'string' },
								model: { type: 'string', 'x-ms-dynamic-values': { operationId: 'GetSupportedModels', 'value-path': 'name', parameters: { requestId: { parameter: 'id' } } }, ...extra },
							},
						},
					},
				],
				responses: ok,
			},
		},
	});
}

test('dynamic-list-extension-required-for-ambiguous-references fires on the x-ms-dynamic-values key (EXT example)', () => {
	const swagger = textOf(withModel({}));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'dynamic-list-extension-required-for-ambiguous-references',
			file: 'swagger',
			message: "The 'x-ms-dynamic-values' extension references ambiguous parameter references. You need to define the 'x-ms-dynamic-list' extension.",
			range: rangeOf(swagger, '"x-ms-dynamic-values"'),
			jsonPointer: '/paths/~1requests~1{id}/post/parameters/1/schema/properties/model/x-ms-dynamic-values',
		},
	]);
});

test('dynamic-list-extension-required-for-ambiguous-references does not fire when x-ms-dynamic-list is defined', () => {
	const list = { 'x-ms-dynamic-list': { operationId: 'GetSupportedModels', itemValuePath: 'name', parameters: { requestId: { parameterReference: 'requestBody/id' } } } };
	assert.deepEqual(runRule(rule, { swagger: withModel(list) }), []);
});
