import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/dynamic/operation-parameter-name-not-found';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

const ok = { 200: { description: 'OK', schema: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' } } } } } };

function withCall(extension: object): object {
	return swaggerWith({
		'/pages': { get: { operationId: 'GetMyPages', parameters: [{ name: 'userId', in: 'query', type: 'string' }], responses: ok } },
		'/{pageId}/feed': {
			get: {
				operationId: 'GetFeed',
				parameters: [
					{ name: 'Accept', in: 'header', type: 'string' },
					{ name: 'user', in: 'query', type: 'string' },
					{ name: 'pageId', in: 'path', type: 'string', required: true, ...extension },
				],
				responses: ok,
			},
		},
	});
}

test('operation-parameter-name-not-found fires on a key the invoked operation does not declare (I#254)', () => {
	const swagger = textOf(withCall({ 'x-ms-dynamic-values': { operationId: 'GetMyPages', parameters: { Accept: { parameter: 'Accept' } }, 'value-path': 'id' } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'operation-parameter-name-not-found',
			file: 'swagger',
			message: "The parameter could not be found in operation 'GetMyPages' in the swagger document.",
			range: rangeOf(swagger, '"Accept"', 1),
			jsonPointer: '/paths/~1{pageId}~1feed/get/parameters/2/x-ms-dynamic-values/parameters/Accept',
		},
	]);
});

test('operation-parameter-name-not-found fires on a parameterReference the calling operation does not declare', () => {
	const swagger = textOf(withCall({ 'x-ms-dynamic-list': { operationId: 'GetMyPages', parameters: { userId: { parameterReference: 'userID' } }, itemValuePath: 'id' } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'operation-parameter-name-not-found',
			file: 'swagger',
			message: "The parameter could not be found in operation 'GetFeed' in the swagger document.",
			range: rangeOf(swagger, '"userID"'),
			jsonPointer: '/paths/~1{pageId}~1feed/get/parameters/2/x-ms-dynamic-list/parameters/userId/parameterReference',
		},
	]);
});

test('operation-parameter-name-not-found does not fire on declared names, literals and body property paths', () => {
	assert.deepEqual(runRule(rule, { swagger: withCall({ 'x-ms-dynamic-values': { operationId: 'GetMyPages', parameters: { userId: { parameter: 'user' } }, 'value-path': 'id' } }) }), []);
	assert.deepEqual(runRule(rule, { swagger: withCall({ 'x-ms-dynamic-list': { operationId: 'GetMyPages', parameters: { userId: { value: 'me' } }, itemValuePath: 'id' } }) }), []);
	const body = swaggerWith({
		'/pages': { post: { operationId: 'ListPages', parameters: [{ name: 'query', in: 'body', schema: { type: 'object', properties: { owner: { type: 'string' } } } }], responses: ok } },
		'/items': {
			post: {
				operationId: 'AddItem',
				parameters: [
					{
						name: 'item',
						in: 'body',
						schema: {
							type: 'object',
							properties: {
								owner: { type: 'string' },
								page: { type: 'string', 'x-ms-dynamic-list': { operationId: 'ListPages', parameters: { 'query/owner': { parameterReference: 'item/owner' } }, itemValuePath: 'id' } },
							},
						},
					},
				],
				responses: ok,
			},
		},
	});
	assert.deepEqual(runRule(rule, { swagger: body }), []);
});
