import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/dynamic/operation-parameter-required-mismatch';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

const ok = { 200: { description: 'OK', schema: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' } } } } } };

function withSource(site: object): object {
	return swaggerWith({
		'/sites/{siteId}/lists': { get: { operationId: 'GetLists', parameters: [{ name: 'siteId', in: 'path', type: 'string', required: true }], responses: ok } },
		'/items': {
			get: {
				operationId: 'GetItems',
				parameters: [
					{ name: 'site', in: 'query', type: 'string', ...site },
					{ name: 'list', in: 'query', type: 'string', 'x-ms-dynamic-values': { operationId: 'GetLists', parameters: { siteId: { parameter: 'site' } }, 'value-path': 'id' } },
				],
				responses: ok,
			},
		},
	});
}

test('operation-parameter-required-mismatch fires when a required target parameter is fed by an optional source parameter', () => {
	const swagger = textOf(withSource({}));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'operation-parameter-required-mismatch',
			file: 'swagger',
			message: "The parameter is required, but an optional value is provided by operation 'GetItems'. The request cannot be made until a value for this parameter is provided (parameter 'siteId' of the x-ms-dynamic-values of parameter 'list' of GetItems).",
			range: rangeOf(swagger, '"site"', 1),
			jsonPointer: '/paths/~1items/get/parameters/1/x-ms-dynamic-values/parameters/siteId/parameter',
		},
	]);
});

test('operation-parameter-required-mismatch does not fire when the source is required or has a default', () => {
	assert.deepEqual(runRule(rule, { swagger: withSource({ required: true }) }), []);
	assert.deepEqual(runRule(rule, { swagger: withSource({ default: 'root' }) }), []);
});
