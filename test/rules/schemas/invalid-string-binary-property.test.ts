import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/schemas/invalid-string-binary-property';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

const MESSAGE = "A schema with type/format 'string/binary' can only be at the top level of a body or formData parameter.";

test('invalid-string-binary-property fires on a nested string/binary property and on a query parameter', () => {
	const swagger = textOf(
		swaggerWith({
			'/files': {
				post: {
					parameters: [
						{ name: 'kind', in: 'query', type: 'string', format: 'binary' },
						{ name: 'body', in: 'body', schema: { type: 'object', properties: { content: { type: 'string', format: 'binary' } } } },
					],
					responses: {},
				},
			},
		}),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'invalid-string-binary-property', file: 'swagger', message: MESSAGE, range: rangeOf(swagger, '"binary"', 0), jsonPointer: '/paths/~1files/post/parameters/0/format' },
		{ ruleId: 'invalid-string-binary-property', file: 'swagger', message: MESSAGE, range: rangeOf(swagger, '"binary"', 1), jsonPointer: '/paths/~1files/post/parameters/1/schema/properties/content/format' },
	]);
});

test('invalid-string-binary-property does not fire on a whole body (also through $ref), formData, or a whole response', () => {
	const swagger = swaggerWith(
		{
			'/upload': { post: { parameters: [{ name: 'file', in: 'body', schema: { $ref: '#/definitions/File' } }], responses: {} } },
			'/form': { post: { consumes: ['multipart/form-data'], parameters: [{ name: 'file', in: 'formData', type: 'string', format: 'binary' }], responses: {} } },
			'/download': { get: { responses: { 200: { description: 'The file.', schema: { type: 'string', format: 'binary' } } } } },
		},
		{ definitions: { File: { type: 'string', format: 'binary' } } },
	);
	assert.deepEqual(runRule(rule, { swagger }), []);
});

test('invalid-string-binary-property does not fire on a definition that no body or response uses', () => {
	// Accepted upstream in 2021: such a definition is never sent or received.
	const swagger = swaggerWith({ '/a': { get: { responses: { 200: { description: 'OK' } } } } }, { definitions: { outputFile: { type: 'string', format: 'binary' }, Wrapper: { type: 'object', properties: { file: { $ref: '#/definitions/outputFile' } } } } });
	assert.deepEqual(runRule(rule, { swagger }), []);
});
