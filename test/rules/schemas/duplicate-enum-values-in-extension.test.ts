import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/schemas/duplicate-enum-values-in-extension';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

test('duplicate-enum-values-in-extension fires on the second item mapping the same value', () => {
	const swagger = textOf(
		swaggerWith({
			'/a': {
				get: {
					parameters: [
						{ name: 'status', in: 'query', type: 'string', enum: ['open'], 'x-ms-enum-values': [{ displayName: 'Open', value: 'open' }, { displayName: 'Opened', value: 'open' }] },
					],
					responses: {},
				},
			},
		}),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'duplicate-enum-values-in-extension',
			file: 'swagger',
			message: "The 'x-ms-enum-values' extension has duplicate values. You can only have one display name mapped to a value.",
			range: rangeOf(swagger, '"open"', 2),
			jsonPointer: '/paths/~1a/get/parameters/0/x-ms-enum-values/1/value',
		},
	]);
});

test('duplicate-enum-values-in-extension does not fire on distinct values', () => {
	const swagger = swaggerWith({}, { definitions: { Status: { type: 'string', 'x-ms-enum-values': [{ displayName: 'Open', value: 'open' }, { displayName: 'Paid', value: 'paid' }] } } });
	assert.deepEqual(runRule(rule, { swagger }), []);
});
