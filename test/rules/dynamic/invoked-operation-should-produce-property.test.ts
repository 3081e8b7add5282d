import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/dynamic/invoked-operation-should-produce-property';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

const definitions = {
	ListPage: { type: 'object', properties: { value: { type: 'array', items: { $ref: '#/definitions/List' } } } },
	List: { type: 'object', properties: { id: { type: 'string' }, details: { type: 'object', properties: { displayName: { type: 'string' } } } } },
	SchemaResponse: { type: 'object', properties: { schema: { type: 'object' } } },
};

function withCall(parameter: object): object {
	return swaggerWith(
		{
			'/lists': { get: { operationId: 'GetLists', responses: { 200: { description: 'OK', schema: { $ref: '#/definitions/ListPage' } } } } },
			'/schema': { get: { operationId: 'GetSchema', responses: { 200: { description: 'OK', schema: { $ref: '#/definitions/SchemaResponse' } } } } },
			'/items': { post: { operationId: 'AddItem', parameters: [parameter], responses: { 200: { description: 'OK' } } } },
		},
		{ definitions },
	);
}

test('invoked-operation-should-produce-property fires on a value-title missing from the items', () => {
	const swagger = textOf(
		withCall({ name: 'list', in: 'query', type: 'string', 'x-ms-dynamic-values': { operationId: 'GetLists', 'value-collection': 'value', 'value-path': 'id', 'value-title': 'details/title' } }),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'invoked-operation-should-produce-property',
			file: 'swagger',
			message: "The dynamic operation expects a property on the specified path 'details/title' which should be defined in the successful response of the invoked operation 'GetLists'.",
			range: rangeOf(swagger, '"details/title"'),
			jsonPointer: '/paths/~1items/post/parameters/0/x-ms-dynamic-values/value-title',
		},
	]);
});

test('invoked-operation-should-produce-property fires on a dynamic-schema value-path missing from the response', () => {
	const swagger = textOf(withCall({ name: 'body', in: 'body', schema: { type: 'object', 'x-ms-dynamic-schema': { operationId: 'GetSchema', parameters: {}, 'value-path': 'items' } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })).map((f) => f.jsonPointer), ['/paths/~1items/post/parameters/0/schema/x-ms-dynamic-schema/value-path']);
});

test('invoked-operation-should-produce-property does not fire on existing paths or open schemas', () => {
	for (const parameter of [
		{ name: 'list', in: 'query', type: 'string', 'x-ms-dynamic-list': { operationId: 'GetLists', itemsPath: 'value', itemValuePath: 'id', itemTitlePath: 'details/displayName' } },
		{ name: 'body', in: 'body', schema: { type: 'object', 'x-ms-dynamic-schema': { operationId: 'GetSchema', parameters: {}, 'value-path': 'schema' } } },
		{ name: 'body', in: 'body', schema: { type: 'object', 'x-ms-dynamic-properties': { operationId: 'GetSchema', parameters: {}, itemValuePath: 'schema/properties' } } },
	]) {
		assert.deepEqual(runRule(rule, { swagger: withCall(parameter) }), []);
	}
});
