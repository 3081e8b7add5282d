import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/schemas/invalid-custom-editor-extension-dictionary-value';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

const MESSAGE = "The 'x-ms-editor' extension can be specified as 'dictionary' only for schema with type object and additional properties allowed.";

test('invalid-custom-editor-extension-dictionary-value fires on a string and on a closed object', () => {
	const swagger = textOf(
		swaggerWith({}, {
			definitions: {
				User: {
					type: 'object',
					properties: {
						name: { type: 'string', 'x-ms-editor': 'dictionary' },
						labels: { type: 'object', additionalProperties: false, 'x-ms-editor': 'dictionary' },
					},
				},
			},
		}),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'invalid-custom-editor-extension-dictionary-value', file: 'swagger', message: MESSAGE, range: rangeOf(swagger, '"dictionary"'), jsonPointer: '/definitions/User/properties/name/x-ms-editor' },
		{ ruleId: 'invalid-custom-editor-extension-dictionary-value', file: 'swagger', message: MESSAGE, range: rangeOf(swagger, '"dictionary"', 1), jsonPointer: '/definitions/User/properties/labels/x-ms-editor' },
	]);
});

test('invalid-custom-editor-extension-dictionary-value does not fire on open objects', () => {
	const swagger = swaggerWith({}, {
		definitions: {
			User: {
				type: 'object',
				properties: {
					custom: { type: 'object', additionalProperties: { type: 'string' }, 'x-ms-editor': 'dictionary' },
					extra: { type: 'object', 'x-ms-editor': 'dictionary' },
				},
			},
		},
	});
	assert.deepEqual(runRule(rule, { swagger }), []);
});
