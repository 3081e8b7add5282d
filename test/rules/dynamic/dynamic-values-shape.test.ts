import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/dynamic/dynamic-values-shape';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

function withValues(values: unknown): object {
	return swaggerWith({
		'/lists': { get: { operationId: 'GetLists', responses: { 200: { description: 'OK' } } } },
		'/items': { get: { operationId: 'GetItems', parameters: [{ name: 'list', in: 'query', type: 'string', 'x-ms-dynamic-values': values }], responses: { 200: { description: 'OK' } } } },
	});
}

test('dynamic-values-shape fires on a non-string path and on a parameter that is neither a literal nor {parameter}', () => {
	const swagger = textOf(withValues({ operationId: 'GetLists', 'value-path': 5, parameters: { site: { parameterReference: 'site' }, top: 10 } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'dynamic-values-shape',
			file: 'swagger',
			message: "The type of the property is incorrect. Expected type 'string', but value is of type 'integer'.",
			range: rangeOf(swagger, '5'),
			jsonPointer: '/paths/~1items/get/parameters/0/x-ms-dynamic-values/value-path',
		},
		{
			ruleId: 'dynamic-values-shape',
			file: 'swagger',
			message: "The parameter 'site' of 'x-ms-dynamic-values' must be a boolean, number or string value, or an object with a 'parameter' property.",
			range: rangeOf(swagger, '{\n                  "parameterReference": "site"\n                }'),
			jsonPointer: '/paths/~1items/get/parameters/0/x-ms-dynamic-values/parameters/site',
		},
	]);
});

test('dynamic-values-shape fires when parameters is not an object', () => {
	const swagger = textOf(withValues({ operationId: 'GetLists', parameters: ['site'] }));
	assert.deepEqual(summarize(runRule(rule, { swagger })).map((f) => f.message), ["The type of the property is incorrect. Expected type 'object', but value is of type 'array'."]);
});

test('dynamic-values-shape does not fire on well-formed values, a missing operationId, or file-picker arguments', () => {
	assert.deepEqual(runRule(rule, { swagger: withValues({ operationId: 'GetLists', 'value-path': 'id', parameters: { site: { parameter: 'site' }, top: 10, all: true } }) }), []);
	assert.deepEqual(runRule(rule, { swagger: withValues({ 'value-path': 'id' }) }), []);
	assert.deepEqual(runRule(rule, { swagger: withValues({ capability: 'file-picker', parameters: { fileFilter: [], dataset: null }, 'value-path': 'path' }) }), []);
});
