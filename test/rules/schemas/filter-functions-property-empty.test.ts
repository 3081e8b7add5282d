import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/schemas/filter-functions-property-empty';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

test('filter-functions-property-empty fires on an empty list', () => {
	const swagger = textOf(swaggerWith(
		{
			'/rows': {
				post: {
					parameters: [
						{ name: 'body', in: 'body', schema: { $ref: '#/definitions/Query' } },
						{ name: 'q', in: 'query', type: 'string' },
					],
					responses: { '200': { description: 'OK', schema: { type: 'array', items: { $ref: '#/definitions/Row' } } } },
				},
			},
		},
		{
			definitions: {
				Row: { type: 'object', properties: { name: { type: 'string', 'x-ms-capabilities': { filterFunctions: [] } } } },
				Query: { type: 'object', properties: { text: { type: 'string' } } },
			},
		},
	));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'filter-functions-property-empty', file: 'swagger', message: "The 'filterFunctions' property must have at least one element.", range: rangeOf(swagger, '[]'), jsonPointer: '/definitions/Row/properties/name/x-ms-capabilities/filterFunctions' },
	]);
});

test('filter-functions-property-empty does not fire on a list with values', () => {
	assert.deepEqual(runRule(rule, { swagger: swaggerWith(
		{
			'/rows': {
				post: {
					parameters: [
						{ name: 'body', in: 'body', schema: { $ref: '#/definitions/Query' } },
						{ name: 'q', in: 'query', type: 'string' },
					],
					responses: { '200': { description: 'OK', schema: { type: 'array', items: { $ref: '#/definitions/Row' } } } },
				},
			},
		},
		{
			definitions: {
				Row: { type: 'object', properties: { name: { type: 'string', 'x-ms-capabilities': { filterFunctions: ['eq', 'startswith'] } } } },
				Query: { type: 'object', properties: { text: { type: 'string' } } },
			},
		},
	) }), []);
});
