import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/schemas/invalid-enum-values-extension-value';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

test('invalid-enum-values-extension-value fires on a value that is not in enum', () => {
	const swagger = textOf(
		swaggerWith({}, {
			definitions: {
				Status: { type: 'string', enum: ['open', 'paid'], 'x-ms-enum-values': [{ displayName: 'Open', value: 'open' }, { displayName: 'Void', value: 'void' }] },
			},
		}),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'invalid-enum-values-extension-value',
			file: 'swagger',
			message: "The 'value' field must match one of the enums as defined in the 'enum' property of the schema.",
			range: rangeOf(swagger, '"void"'),
			jsonPointer: '/definitions/Status/x-ms-enum-values/1/value',
		},
	]);
});

test('invalid-enum-values-extension-value does not fire when every value is in enum, or without enum', () => {
	const swagger = swaggerWith(
		{ '/a': { get: { parameters: [{ name: 'size', in: 'query', type: 'integer', enum: [1, 2], 'x-ms-enum-values': [{ displayName: 'Small', value: 1 }] }], responses: {} } } },
		{ definitions: { Free: { type: 'string', 'x-ms-enum-values': [{ displayName: 'Any', value: 'any' }] } } },
	);
	assert.deepEqual(runRule(rule, { swagger }), []);
});
