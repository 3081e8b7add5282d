import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/dynamic/invoked-operation-should-produce-array';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

const listResponse = { 200: { description: 'OK', schema: { $ref: '#/definitions/ListPage' } } };
const definitions = {
	ListPage: { type: 'object', properties: { value: { type: 'array', items: { $ref: '#/definitions/List' } }, count: { type: 'integer' } } },
	List: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' } } },
};

function withDropdown(extension: object): object {
	return swaggerWith(
		{
			'/lists': { get: { operationId: 'GetLists', 'x-ms-visibility': 'internal', responses: listResponse } },
			'/items': { get: { operationId: 'GetItems', parameters: [{ name: 'list', in: 'query', type: 'string', ...extension }], responses: { 200: { description: 'OK' } } } },
		},
		{ definitions },
	);
}

test('invoked-operation-should-produce-array fires when value-collection names a non-array property', () => {
	const swagger = textOf(withDropdown({ 'x-ms-dynamic-values': { operationId: 'GetLists', 'value-collection': 'count', 'value-path': 'id' } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'invoked-operation-should-produce-array',
			file: 'swagger',
			message: "The dynamic operation expects an array on the specified path 'count' which should be defined in the successful response of the invoked operation 'GetLists' (parameter 'list' of GetItems).",
			range: rangeOf(swagger, '"count"'),
			jsonPointer: '/paths/~1items/get/parameters/0/x-ms-dynamic-values/value-collection',
		},
	]);
});

test('invoked-operation-should-produce-array fires on the extension key when the response root is not an array and itemsPath is absent', () => {
	const swagger = textOf(withDropdown({ 'x-ms-dynamic-list': { operationId: 'GetLists', itemValuePath: 'id' } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'invoked-operation-should-produce-array',
			file: 'swagger',
			message: "The dynamic operation expects an array on the specified path '' which should be defined in the successful response of the invoked operation 'GetLists' (parameter 'list' of GetItems).",
			range: rangeOf(swagger, '"x-ms-dynamic-list"'),
			jsonPointer: '/paths/~1items/get/parameters/0/x-ms-dynamic-list',
		},
	]);
});

test('invoked-operation-should-produce-array does not fire on an array collection, an open response or an unknown target', () => {
	for (const extension of [
		{ 'x-ms-dynamic-values': { operationId: 'GetLists', 'value-collection': 'value', 'value-path': 'id' } },
		{ 'x-ms-dynamic-list': { operationId: 'GetLists', itemsPath: 'value', itemValuePath: 'id' } },
		{ 'x-ms-dynamic-values': { operationId: 'Missing', 'value-collection': 'nope' } },
	]) {
		assert.deepEqual(runRule(rule, { swagger: withDropdown(extension) }), []);
	}
	const open = swaggerWith({
		'/lists': { get: { operationId: 'GetLists', responses: { 200: { description: 'OK', schema: { type: 'object' } } } } },
		'/items': { get: { operationId: 'GetItems', parameters: [{ name: 'list', in: 'query', type: 'string', 'x-ms-dynamic-values': { operationId: 'GetLists', 'value-collection': 'value' } }], responses: {} } },
	});
	assert.deepEqual(runRule(rule, { swagger: open }), []);
});
