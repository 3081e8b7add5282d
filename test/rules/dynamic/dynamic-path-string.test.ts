import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/dynamic/dynamic-path-string';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

function withField(extensions: object): object {
	return swaggerWith({ '/items': { get: { operationId: 'GetItems', parameters: [{ name: 'list', in: 'query', type: 'string', ...extensions }], responses: { 200: { description: 'OK' } } } } });
}

test('dynamic-path-string fires on a path string with a leading slash', () => {
	const swagger = textOf(withField({ 'x-ms-dynamic-values': { operationId: 'GetLists', 'value-collection': '/value', 'value-path': 'id' } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'dynamic-path-string',
			file: 'swagger',
			message: "The path string '/value' must not start with '/': a path string is a JSON pointer without the leading slash.",
			range: rangeOf(swagger, '"/value"'),
			jsonPointer: '/paths/~1items/get/parameters/0/x-ms-dynamic-values/value-collection',
		},
	]);
});

test('dynamic-path-string checks parameterReference and x-ms-dynamic-tree paths', () => {
	const swagger = textOf(
		withField({
			'x-ms-dynamic-list': { operationId: 'GetLists', itemValuePath: 'id', parameters: { site: { parameterReference: '/body/site' } } },
			'x-ms-dynamic-tree': { browse: { operationId: 'ListFolder', itemValuePath: '/path' } },
		}),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })).map((f) => f.jsonPointer), [
		'/paths/~1items/get/parameters/0/x-ms-dynamic-list/parameters/site/parameterReference',
		'/paths/~1items/get/parameters/0/x-ms-dynamic-tree/browse/itemValuePath',
	]);
});

test('dynamic-path-string does not fire on path strings without a leading slash', () => {
	assert.deepEqual(runRule(rule, { swagger: withField({ 'x-ms-dynamic-values': { operationId: 'GetLists', 'value-collection': 'value', 'value-path': 'id', 'value-title': 'properties/displayName' } }) }), []);
});
