import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/dynamic/dynamic-schema-shape';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

function withSchema(extensions: object): object {
	return swaggerWith({
		'/schema': { get: { operationId: 'GetSchema', responses: { 200: { description: 'OK' } } } },
		'/rows': { post: { operationId: 'AddRow', parameters: [{ name: 'row', in: 'body', schema: { type: 'object', ...extensions } }], responses: { 200: { description: 'OK' } } } },
	});
}

test('dynamic-schema-shape fires on a missing operationId and on keys MSS does not list', () => {
	const swagger = textOf(withSchema({ 'x-ms-dynamic-schema': { parameters: {}, 'value-path': 'schema', 'value-title': 'name' } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'dynamic-schema-shape', file: 'swagger', message: "The 'operationId' property is required.", range: rangeOf(swagger, '"x-ms-dynamic-schema"'), jsonPointer: '/paths/~1rows/post/parameters/0/schema/x-ms-dynamic-schema/operationId' },
		{
			ruleId: 'dynamic-schema-shape',
			file: 'swagger',
			message: "The property 'value-title' is not allowed and must be removed.",
			range: rangeOf(swagger, '"value-title"'),
			jsonPointer: '/paths/~1rows/post/parameters/0/schema/x-ms-dynamic-schema/value-title',
		},
	]);
});

test('dynamic-schema-shape also checks x-ms-dynamic-properties parameters', () => {
	const swagger = textOf(withSchema({ 'x-ms-dynamic-properties': { operationId: 'GetSchema', parameters: { table: { parameter: 'table' } } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })).map((f) => f.jsonPointer), ['/paths/~1rows/post/parameters/0/schema/x-ms-dynamic-properties/parameters/table']);
});

test('dynamic-schema-shape does not fire on well-formed extensions', () => {
	const swagger = withSchema({
		'x-ms-dynamic-schema': { operationId: 'GetSchema', parameters: { table: { parameter: 'table' }, version: '2.0' }, 'value-path': 'schema/properties' },
		'x-ms-dynamic-properties': { operationId: 'GetSchema', parameters: { table: { parameterReference: 'table' }, version: { value: '2.0' } }, itemValuePath: 'schema' },
	});
	assert.deepEqual(runRule(rule, { swagger }), []);
});
