import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/schemas/schema-too-deep';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

// Body schema depth: Order (1) > customer (2, Customer) > address (3) > lines (4, array) > items (5).
const swaggerObject = swaggerWith(
	{
		'/orders': {
			post: {
				parameters: [{ name: 'body', in: 'body', schema: { $ref: '#/definitions/Order' } }],
				responses: { '200': { description: 'OK', schema: { type: 'object', properties: { id: { type: 'string' } } } } },
			},
		},
		'/orders/{id}': { put: { parameters: [{ name: 'body', in: 'body', schema: { $ref: '#/definitions/Order' } }], responses: { '200': { description: 'OK', schema: { $ref: '#/definitions/Order' } } } } },
	},
	{
		definitions: {
			Order: { type: 'object', properties: { customer: { $ref: '#/definitions/Customer' }, parent: { $ref: '#/definitions/Order' } } },
			Customer: { type: 'object', properties: { address: { type: 'object', properties: { lines: { type: 'array', items: { type: 'string' } } } } } },
		},
	},
);

test('schema-too-deep fires once on a definition used as a root that nests deeper than maxDepth', () => {
	const swagger = textOf(swaggerObject);
	assert.deepEqual(summarize(runRule(rule, { swagger }, { options: { maxDepth: 4 } })), [
		{
			ruleId: 'schema-too-deep',
			file: 'swagger',
			message: "The schema exceeds the maximum allowed depth. Schemas must not exceed a depth of '4', including referenced ('$ref') schemas.",
			range: rangeOf(swagger, '"Order"'),
			jsonPointer: '/definitions/Order',
		},
	]);
});

test('schema-too-deep does not fire within the limit, and is off by default', () => {
	assert.deepEqual(runRule(rule, { swagger: swaggerObject }, { options: { maxDepth: 5 } }), []);
	assert.deepEqual(runRule(rule, { swagger: swaggerObject }), []);
});
