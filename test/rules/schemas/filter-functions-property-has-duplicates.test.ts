import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/schemas/filter-functions-property-has-duplicates';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

test('filter-functions-property-has-duplicates fires on each repeated value', () => {
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
				Row: { type: 'object', properties: { name: { type: 'string', 'x-ms-capabilities': { filterFunctions: ['eq', 'ne', 'eq'] } } } },
				Query: { type: 'object', properties: { text: { type: 'string' } } },
			},
		},
	));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'filter-functions-property-has-duplicates', file: 'swagger', message: "The 'filterFunctions' property cannot contain duplicates.", range: rangeOf(swagger, '"eq"', 1), jsonPointer: '/definitions/Row/properties/name/x-ms-capabilities/filterFunctions/2' },
	]);
});

test('filter-functions-property-has-duplicates does not fire on distinct values', () => {
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
				Row: { type: 'object', properties: { name: { type: 'string', 'x-ms-capabilities': { filterFunctions: ['eq', 'ne'] } } } },
				Query: { type: 'object', properties: { text: { type: 'string' } } },
			},
		},
	) }), []);
});
