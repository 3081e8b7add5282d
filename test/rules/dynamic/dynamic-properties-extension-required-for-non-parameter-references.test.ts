import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/dynamic/dynamic-properties-extension-required-for-non-parameter-references';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

function withReference(reference: string, extra: object = {}): object {
	return swaggerWith({
		'/schema': { get: { operationId: 'GetFormSchema', parameters: [{ name: 'form', in: 'query', type: 'string' }], responses: { 200: { description: 'OK', schema: { type: 'object' } } } } },
		'/entries': {
			post: {
				operationId: 'AddEntry',
				parameters: [
					{ name: 'tenant', in: 'query', type: 'string' },
					{
						name: 'entry',
						in: 'body',
						schema: {
							type: 'object',
							properties: {
								formId: { type: 'string' },
								data: { type: 'object', 'x-ms-dynamic-schema': { operationId: 'GetFormSchema', parameters: { form: { parameter: reference } } }, ...extra },
							},
						},
					},
				],
				responses: { 200: { description: 'OK' } },
			},
		},
	});
}

test('dynamic-properties-extension-required-for-non-parameter-references fires when x-ms-dynamic-schema references a body property', () => {
	const swagger = textOf(withReference('formId'));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'dynamic-properties-extension-required-for-non-parameter-references',
			file: 'swagger',
			message: "The 'x-ms-dynamic-schema' extension references properties within parameters. You need to define the 'x-ms-dynamic-properties' extension.",
			range: rangeOf(swagger, '"x-ms-dynamic-schema"'),
			jsonPointer: '/paths/~1entries/post/parameters/1/schema/properties/data/x-ms-dynamic-schema',
		},
	]);
});

test('dynamic-properties-extension-required-for-non-parameter-references does not fire on parameter references or with x-ms-dynamic-properties', () => {
	assert.deepEqual(runRule(rule, { swagger: withReference('tenant') }), []);
	const properties = { 'x-ms-dynamic-properties': { operationId: 'GetFormSchema', parameters: { form: { parameterReference: 'entry/formId' } } } };
	assert.deepEqual(runRule(rule, { swagger: withReference('formId', properties) }), []);
});
