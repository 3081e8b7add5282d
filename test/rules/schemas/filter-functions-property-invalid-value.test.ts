import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/schemas/filter-functions-property-invalid-value';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

test('filter-functions-property-invalid-value fires on values outside the configured list, naming the list', () => {
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
				Row: { type: 'object', properties: { name: { type: 'string', 'x-ms-capabilities': { filterFunctions: ['eq', 'like', 3] } } } },
				Query: { type: 'object', properties: { text: { type: 'string' } } },
			},
		},
	));
	const MESSAGE = 'The \'filterFunctions\' property supports only these values: eq, ne".';
	assert.deepEqual(summarize(runRule(rule, { swagger }, { options: { allowedValues: ['eq', 'ne'] } })), [
		{ ruleId: 'filter-functions-property-invalid-value', file: 'swagger', message: MESSAGE, range: rangeOf(swagger, '"like"'), jsonPointer: '/definitions/Row/properties/name/x-ms-capabilities/filterFunctions/1' },
		{ ruleId: 'filter-functions-property-invalid-value', file: 'swagger', message: MESSAGE, range: rangeOf(swagger, '3'), jsonPointer: '/definitions/Row/properties/name/x-ms-capabilities/filterFunctions/2' },
	]);
});

test('filter-functions-property-invalid-value uses the Power Fx operators by default, case-insensitively', () => {
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
				Row: { type: 'object', properties: { name: { type: 'string', 'x-ms-capabilities': { filterFunctions: ['eq', 'StartsWith', 'contains', 'tolower'] } } } },
				Query: { type: 'object', properties: { text: { type: 'string' } } },
			},
		},
	) }), []);
	const findings = runRule(rule, { swagger: swaggerWith(
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
				Row: { type: 'object', properties: { name: { type: 'string', 'x-ms-capabilities': { filterFunctions: ['eq', 'like'] } } } },
				Query: { type: 'object', properties: { text: { type: 'string' } } },
			},
		},
	) });
	assert.deepEqual(findings.map((f) => f.jsonPointer), ['/definitions/Row/properties/name/x-ms-capabilities/filterFunctions/1']);
	assert.match(findings[0].message, /^The 'filterFunctions' property supports only these values: eq, ne, lt, le, gt, ge, and, or, contains, /);
});
