import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/schemas/filter-functions-property-in-input-schema';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

test('filter-functions-property-in-input-schema fires in a body-only definition and on a query parameter', () => {
	const swagger = textOf(swaggerWith(
		{
			'/rows': {
				post: {
					parameters: [
						{ name: 'body', in: 'body', schema: { $ref: '#/definitions/Query' } },
						{ name: 'q', in: 'query', type: 'string', 'x-ms-capabilities': { filterFunctions: ['eq'] } },
					],
					responses: { '200': { description: 'OK', schema: { type: 'array', items: { $ref: '#/definitions/Row' } } } },
				},
			},
		},
		{
			definitions: {
				Row: { type: 'object', properties: { name: { type: 'string', 'x-ms-capabilities': { filterFunctions: ['eq'] } } } },
				Query: { type: 'object', properties: { text: { type: 'string', 'x-ms-capabilities': { filterFunctions: ['eq'] } } } },
			},
		},
	));
	const MESSAGE = "The 'filterFunctions' property has to be in the response schema.";
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'filter-functions-property-in-input-schema', file: 'swagger', message: MESSAGE, range: rangeOf(swagger, '"filterFunctions"'), jsonPointer: '/paths/~1rows/post/parameters/1/x-ms-capabilities/filterFunctions' },
		{ ruleId: 'filter-functions-property-in-input-schema', file: 'swagger', message: MESSAGE, range: rangeOf(swagger, '"filterFunctions"', 2), jsonPointer: '/definitions/Query/properties/text/x-ms-capabilities/filterFunctions' },
	]);
});

test('filter-functions-property-in-input-schema does not fire in response schemas', () => {
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
				Row: { type: 'object', properties: { name: { type: 'string', 'x-ms-capabilities': { filterFunctions: ['eq'] } } } },
				Query: { type: 'object', properties: { text: { type: 'string' } } },
			},
		},
	) }), []);
});
