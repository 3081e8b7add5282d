import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/dynamic/dynamic-list-extension-required-for-non-parameter-references';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

const ok = { 200: { description: 'OK', schema: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' } } } } } };

function withReference(reference: string, extra: object = {}): object {
	return swaggerWith({
		'/models': { get: { operationId: 'GetModels', parameters: [{ name: 'category', in: 'query', type: 'string' }], responses: ok } },
		'/requests': {
			post: {
				operationId: 'CreateRequest',
				parameters: [
					{ name: 'region', in: 'query', type: 'string' },
					{
						name: 'requestBody',
						in: 'body',
						schema: {
							type: 'object',
							properties: {
								options: { type: 'object', properties: { category: { type: 'string' } } },
								model: { type: 'string', 'x-ms-dynamic-values': { operationId: 'GetModels', 'value-path': 'name', parameters: { category: { parameter: reference } } }, ...extra },
							},
						},
					},
				],
				responses: ok,
			},
		},
	});
}

test('dynamic-list-extension-required-for-non-parameter-references fires when x-ms-dynamic-values references a body property', () => {
	const swagger = textOf(withReference('options/category'));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'dynamic-list-extension-required-for-non-parameter-references',
			file: 'swagger',
			message: "The 'x-ms-dynamic-values' extension references properties within parameters. You need to define the 'x-ms-dynamic-list' extension.",
			range: rangeOf(swagger, '"x-ms-dynamic-values"'),
			jsonPointer: '/paths/~1requests/post/parameters/1/schema/properties/model/x-ms-dynamic-values',
		},
	]);
});

test('dynamic-list-extension-required-for-non-parameter-references does not fire on parameter references or with x-ms-dynamic-list', () => {
	assert.deepEqual(runRule(rule, { swagger: withReference('region') }), []);
	const list = { 'x-ms-dynamic-list': { operationId: 'GetModels', itemValuePath: 'name', parameters: { category: { parameterReference: 'requestBody/options/category' } } } };
	assert.deepEqual(runRule(rule, { swagger: withReference('options/category', list) }), []);
});
