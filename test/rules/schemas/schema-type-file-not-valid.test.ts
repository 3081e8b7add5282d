import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/schemas/schema-type-file-not-valid';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

test('schema-type-file-not-valid fires on a file property and a file body schema', () => {
	const swagger = textOf(
		swaggerWith({
			'/upload': { post: { parameters: [{ name: 'body', in: 'body', schema: { type: 'file' } }], responses: {} } },
			'/list': { get: { responses: { 200: { description: 'Files.', schema: { type: 'object', properties: { content: { type: 'file' } } } } } } },
		}),
	);
	const message = "The schema type 'file' is not valid. Only parameters in 'formData' and the root response schema may be of type 'file'.";
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'schema-type-file-not-valid', file: 'swagger', message, range: rangeOf(swagger, '"file"', 0), jsonPointer: '/paths/~1upload/post/parameters/0/schema/type' },
		{ ruleId: 'schema-type-file-not-valid', file: 'swagger', message, range: rangeOf(swagger, '"file"', 1), jsonPointer: '/paths/~1list/get/responses/200/schema/properties/content/type' },
	]);
});

test('schema-type-file-not-valid does not fire on a root response schema (also through $ref) or a formData file parameter', () => {
	const swagger = swaggerWith(
		{
			'/a': { get: { responses: { 200: { description: 'The file.', schema: { type: 'file' } } } } },
			'/b': { get: { responses: { 200: { description: 'The file.', schema: { $ref: '#/definitions/Download' } } } } },
			'/c': { post: { consumes: ['multipart/form-data'], parameters: [{ name: 'f', in: 'formData', type: 'file' }], responses: {} } },
		},
		{ definitions: { Download: { type: 'file' } } },
	);
	assert.deepEqual(runRule(rule, { swagger }), []);
});
