import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/dynamic/operation-missing-required-property';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

const ok = { 200: { description: 'OK', schema: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' } } } } } };

function withCall(extension: object): object {
	return swaggerWith({
		'/sites/{siteId}/lists': {
			get: {
				operationId: 'GetLists',
				parameters: [
					{ name: 'siteId', in: 'path', type: 'string', required: true },
					{ name: 'api-version', in: 'query', type: 'string', required: true, default: '1.0', 'x-ms-visibility': 'internal' },
					{ name: '$top', in: 'query', type: 'integer' },
				],
				responses: ok,
			},
		},
		'/items': {
			get: {
				operationId: 'GetItems',
				parameters: [
					{ name: 'site', in: 'query', type: 'string', required: true },
					{ name: 'list', in: 'query', type: 'string', ...extension },
				],
				responses: ok,
			},
		},
	});
}

test('operation-missing-required-property fires on the parameters key when a required parameter is not passed', () => {
	const swagger = textOf(withCall({ 'x-ms-dynamic-values': { operationId: 'GetLists', parameters: { $top: 10 }, 'value-path': 'id' } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'operation-missing-required-property',
			file: 'swagger',
			message: "The target operation requires parameter 'siteId'.",
			range: rangeOf(swagger, '"parameters"', 2),
			jsonPointer: '/paths/~1items/get/parameters/1/x-ms-dynamic-values/parameters',
		},
	]);
});

test('operation-missing-required-property fires on the extension key when parameters is absent', () => {
	const swagger = textOf(withCall({ 'x-ms-dynamic-list': { operationId: 'GetLists', itemValuePath: 'id' } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })).map((f) => [f.message, f.range]), [["The target operation requires parameter 'siteId'.", rangeOf(swagger, '"x-ms-dynamic-list"')]]);
});

test('operation-missing-required-property does not fire when required parameters are passed (defaults are optional)', () => {
	assert.deepEqual(runRule(rule, { swagger: withCall({ 'x-ms-dynamic-values': { operationId: 'GetLists', parameters: { siteId: { parameter: 'site' } }, 'value-path': 'id' } }) }), []);
	assert.deepEqual(runRule(rule, { swagger: withCall({ 'x-ms-dynamic-list': { operationId: 'GetLists', parameters: { siteId: { parameterReference: 'site' } }, itemValuePath: 'id' } }) }), []);
});
