import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/schemas/internal-property-with-default-optional';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

test('internal-property-with-default-optional fires on an internal, defaulted, optional body property', () => {
	const swagger = textOf(
		swaggerWith({
			'/a': {
				post: {
					parameters: [{ name: 'body', in: 'body', schema: { type: 'object', required: ['name'], properties: { name: { type: 'string' }, kind: { type: 'string', default: 'invoice', 'x-ms-visibility': 'internal' } } } }],
					responses: {},
				},
			},
		}),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'internal-property-with-default-optional',
			file: 'swagger',
			message: 'The internal property has a default value but is optional. Only required properties are guaranteed to be included in requests.',
			range: rangeOf(swagger, '"kind"'),
			jsonPointer: '/paths/~1a/post/parameters/0/schema/properties/kind',
		},
	]);
});

test('internal-property-with-default-optional does not fire on required properties, responses or parameters', () => {
	const internal = { type: 'string', default: 'invoice', 'x-ms-visibility': 'internal' };
	const swagger = swaggerWith({
		'/a': {
			post: {
				parameters: [
					{ name: 'body', in: 'body', schema: { type: 'object', required: ['kind'], properties: { kind: internal } } },
					{ name: 'format', in: 'query', type: 'string', default: 'json', 'x-ms-visibility': 'internal' },
				],
				responses: { 200: { description: 'OK', schema: { type: 'object', properties: { kind: internal } } } },
			},
		},
	});
	assert.deepEqual(runRule(rule, { swagger }), []);
});
