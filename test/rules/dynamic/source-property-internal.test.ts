import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/dynamic/source-property-internal';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

const ok = { 200: { description: 'OK', schema: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' } } } } } };

function withCaller(caller: object, body: object): object {
	return swaggerWith({
		'/lists': { post: { operationId: 'GetLists', 'x-ms-visibility': 'internal', parameters: [{ name: 'body', in: 'body', schema: { type: 'object', properties: { version: { type: 'string' } } } }], responses: ok } },
		'/items': {
			post: {
				operationId: 'AddItem',
				...caller,
				parameters: [
					{
						name: 'item',
						in: 'body',
						schema: {
							type: 'object',
							properties: {
								meta: { type: 'object', ...body, properties: { version: { type: 'string', default: '2.0' } } },
								list: { type: 'string', 'x-ms-dynamic-list': { operationId: 'GetLists', parameters: { 'body/version': { parameterReference: 'item/meta/version' } }, itemValuePath: 'id' } },
							},
						},
					},
				],
				responses: ok,
			},
		},
	});
}

test('source-property-internal fires on a reference below an internal parent', () => {
	const swagger = textOf(withCaller({}, { 'x-ms-visibility': 'internal' }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'source-property-internal',
			file: 'swagger',
			message:
				"The parameter reference 'item/meta/version' in the source operation 'AddItem' is internal or one of its parent(s) are internal. Either make the property visible or update the parameter reference to a static value.",
			range: rangeOf(swagger, '"item/meta/version"'),
			jsonPointer: '/paths/~1items/post/parameters/0/schema/properties/list/x-ms-dynamic-list/parameters/body~1version/parameterReference',
		},
	]);
});

test('source-property-internal does not fire on visible references, or in an internal operation', () => {
	assert.deepEqual(runRule(rule, { swagger: withCaller({}, {}) }), []);
	assert.deepEqual(runRule(rule, { swagger: withCaller({ 'x-ms-visibility': 'internal' }, { 'x-ms-visibility': 'internal' }) }), []);
});
