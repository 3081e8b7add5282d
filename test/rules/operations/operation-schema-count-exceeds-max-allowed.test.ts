import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/operations/operation-schema-count-exceeds-max-allowed';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

const swagger = textOf(
	swaggerWith(
		{
			'/items': {
				post: {
					operationId: 'CreateItem',
					parameters: [{ name: 'body', in: 'body', schema: { $ref: '#/definitions/Item' } }],
					responses: { 200: { description: 'OK', schema: { $ref: '#/definitions/Item' } } },
				},
				get: { operationId: 'ListItems', responses: { 200: { description: 'OK', schema: { type: 'string' } } } },
			},
		},
		{ definitions: { Item: { type: 'object', properties: { name: { type: 'string' }, parent: { $ref: '#/definitions/Item' } } } } },
	),
);

test('operation-schema-count-exceeds-max-allowed fires on the operation key when expanded schemas exceed the maximum', () => {
	// CreateItem: body Item + name + parent (a loop back, counted once) = 3, response the same = 6.
	assert.deepEqual(summarize(runRule(rule, { swagger }, { options: { max: 5 } })), [
		{
			ruleId: 'operation-schema-count-exceeds-max-allowed',
			file: 'swagger',
			message: "The total number of schemas in the operation has exceeded the maximum allowed value of '5'. Please remove any unnecessary property or item definitions.",
			range: rangeOf(swagger, '"post"'),
			jsonPointer: '/paths/~1items/post',
		},
	]);
});

test('operation-schema-count-exceeds-max-allowed is off by default and quiet at the maximum', () => {
	assert.deepEqual(runRule(rule, { swagger }), []);
	assert.deepEqual(runRule(rule, { swagger }, { options: { max: 6 } }), []);
});
