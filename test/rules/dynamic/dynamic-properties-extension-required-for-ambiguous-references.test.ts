import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/dynamic/dynamic-properties-extension-required-for-ambiguous-references';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

/** EXT's example: `query` is both the body parameter and its string property `query/query`. */
function withQuery(extra: object): object {
	return swaggerWith({
		'/schema': { get: { operationId: 'GetDynamicSchema', parameters: [{ name: 'query', in: 'query', type: 'string' }], responses: { 200: { description: 'OK', schema: { type: 'object', properties: { schema: { type: 'object' } } } } } } },
		'/run': {
			post: {
				operationId: 'TestDynamicSchemaWithAmbiguousReferences',
				parameters: [{ name: 'query', in: 'body', required: true, schema: { type: 'object', properties: { query: { type: 'string' } } } }],
				responses: {
					200: {
						description: 'OK',
						schema: { 'x-ms-dynamic-schema': { operationId: 'GetDynamicSchema', parameters: { query: { parameter: 'query' } }, 'value-path': 'schema' }, ...extra },
					},
				},
			},
		},
	});
}

test('dynamic-properties-extension-required-for-ambiguous-references fires on the x-ms-dynamic-schema key (EXT example)', () => {
	const swagger = textOf(withQuery({}));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'dynamic-properties-extension-required-for-ambiguous-references',
			file: 'swagger',
			message: "The 'x-ms-dynamic-schema' extension references ambiguous parameter references. You need to define the 'x-ms-dynamic-properties' extension.",
			range: rangeOf(swagger, '"x-ms-dynamic-schema"'),
			jsonPointer: '/paths/~1run/post/responses/200/schema/x-ms-dynamic-schema',
		},
	]);
});

test('dynamic-properties-extension-required-for-ambiguous-references does not fire when x-ms-dynamic-properties is defined', () => {
	const properties = { 'x-ms-dynamic-properties': { operationId: 'GetDynamicSchema', parameters: { query: { parameterReference: 'query/query' } }, itemValuePath: 'schema' } };
	assert.deepEqual(runRule(rule, { swagger: withQuery(properties) }), []);
});
