import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/schemas/collection-format-value-not-supported';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

test('collection-format-value-not-supported fires on an unknown value and on multi outside query/formData', () => {
	const swagger = textOf(
		swaggerWith({
			'/a/{ids}': {
				get: {
					parameters: [
						{ name: 'tags', in: 'query', type: 'array', items: { type: 'string' }, collectionFormat: 'comma' },
						{ name: 'ids', in: 'path', required: true, type: 'array', items: { type: 'string' }, collectionFormat: 'multi' },
					],
					responses: {},
				},
			},
		}),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'collection-format-value-not-supported',
			file: 'swagger',
			message: "The 'collectionFormat' keyword value 'comma' is not supported.",
			range: rangeOf(swagger, '"comma"'),
			jsonPointer: '/paths/~1a~1{ids}/get/parameters/0/collectionFormat',
		},
		{
			ruleId: 'collection-format-value-not-supported',
			file: 'swagger',
			message: "The 'collectionFormat' keyword value 'multi' is not supported.",
			range: rangeOf(swagger, '"multi"'),
			jsonPointer: '/paths/~1a~1{ids}/get/parameters/1/collectionFormat',
		},
	]);
});

test('collection-format-value-not-supported does not fire on csv, pipes or multi in query', () => {
	const swagger = swaggerWith({
		'/a': {
			get: {
				parameters: [
					{ name: 'a', in: 'query', type: 'array', items: { type: 'string' }, collectionFormat: 'csv' },
					{ name: 'b', in: 'header', type: 'array', items: { type: 'string' }, collectionFormat: 'pipes' },
					{ name: 'c', in: 'query', type: 'array', items: { type: 'string' }, collectionFormat: 'multi' },
				],
				responses: {},
			},
		},
	});
	assert.deepEqual(runRule(rule, { swagger }), []);
});
