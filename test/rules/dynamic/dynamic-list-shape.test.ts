import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/dynamic/dynamic-list-shape';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

function withList(list: unknown): object {
	return swaggerWith({
		'/lists': { get: { operationId: 'GetLists', responses: { 200: { description: 'OK' } } } },
		'/items': { get: { operationId: 'GetItems', parameters: [{ name: 'list', in: 'query', type: 'string', 'x-ms-dynamic-list': list }], responses: { 200: { description: 'OK' } } } },
	});
}

test('dynamic-list-shape fires on a bare literal parameter', () => {
	const swagger = textOf(withList({ operationId: 'GetLists', itemValuePath: 'id', parameters: { version: '2.0' } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'dynamic-list-shape',
			file: 'swagger',
			message: "The parameter 'version' of 'x-ms-dynamic-list' must be an object with either a 'value' or a 'parameterReference' property.",
			range: rangeOf(swagger, '"2.0"', 1),
			jsonPointer: '/paths/~1items/get/parameters/0/x-ms-dynamic-list/parameters/version',
		},
	]);
});

test('dynamic-list-shape fires when the extension is not an object', () => {
	const swagger = textOf(withList('GetLists'));
	assert.deepEqual(summarize(runRule(rule, { swagger })).map((f) => [f.message, f.range]), [["The type of the property is incorrect. Expected type 'object', but value is of type 'string'.", rangeOf(swagger, '"GetLists"', 1)]]);
});

test('dynamic-list-shape does not fire on {value} and {parameterReference} parameters', () => {
	assert.deepEqual(runRule(rule, { swagger: withList({ operationId: 'GetLists', itemsPath: 'value', itemValuePath: 'id', parameters: { version: { value: '2.0' }, site: { parameterReference: 'site' } } }) }), []);
});
