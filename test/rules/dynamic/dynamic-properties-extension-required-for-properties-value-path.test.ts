import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/dynamic/dynamic-properties-extension-required-for-properties-value-path';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

function withSchema(extensions: object): object {
	return swaggerWith({
		'/schema': { get: { operationId: 'GetSchema', responses: { 200: { description: 'OK', schema: { type: 'object', properties: { schema: { type: 'object' } } } } } } },
		'/rows': { post: { operationId: 'AddRow', parameters: [{ name: 'row', in: 'body', schema: { type: 'object', ...extensions } }], responses: { 200: { description: 'OK' } } } },
	});
}

test("dynamic-properties-extension-required-for-properties-value-path fires on a value-path ending in 'properties'", () => {
	const swagger = textOf(withSchema({ 'x-ms-dynamic-schema': { operationId: 'GetSchema', parameters: {}, 'value-path': 'schema/properties' } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'dynamic-properties-extension-required-for-properties-value-path',
			file: 'swagger',
			message:
				"The 'x-ms-dynamic-schema' extension property 'value-path' points to schema properties. You need to define the 'x-ms-dynamic-properties' extension, which points to schema object.",
			range: rangeOf(swagger, '"schema/properties"'),
			jsonPointer: '/paths/~1rows/post/parameters/0/schema/x-ms-dynamic-schema/value-path',
		},
	]);
});

test('dynamic-properties-extension-required-for-properties-value-path does not fire with x-ms-dynamic-properties or another value-path', () => {
	assert.deepEqual(runRule(rule, { swagger: withSchema({ 'x-ms-dynamic-schema': { operationId: 'GetSchema', parameters: {}, 'value-path': 'schema' } }) }), []);
	const both = {
		'x-ms-dynamic-schema': { operationId: 'GetSchema', parameters: {}, 'value-path': 'schema/properties' },
		'x-ms-dynamic-properties': { operationId: 'GetSchema', parameters: {}, itemValuePath: 'schema' },
	};
	assert.deepEqual(runRule(rule, { swagger: withSchema(both) }), []);
});
