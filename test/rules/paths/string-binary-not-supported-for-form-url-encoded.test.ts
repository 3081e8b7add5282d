import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/paths/string-binary-not-supported-for-form-url-encoded';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

test('string-binary-not-supported-for-form-url-encoded fires on the format of a string/binary form field', () => {
	const swagger = textOf(
		swaggerWith({
			'/upload': {
				post: {
					operationId: 'Upload',
					consumes: ['application/x-www-form-urlencoded'],
					parameters: [{ name: 'title', in: 'formData', type: 'string' }, { name: 'content', in: 'formData', type: 'string', format: 'binary' }],
					responses: {},
				},
			},
		}),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: rule.id,
			file: 'swagger',
			message: "String/binary parameters are not supported for operation 'Upload' with 'application/x-www-form-urlencoded' consumes type.",
			range: rangeOf(swagger, '"binary"'),
			jsonPointer: '/paths/~1upload/post/parameters/1/format',
		},
	]);
});

test('string-binary-not-supported-for-form-url-encoded follows root consumes and body schema $refs', () => {
	const swagger = textOf(
		swaggerWith(
			{ '/upload': { post: { operationId: 'Upload', parameters: [{ name: 'body', in: 'body', schema: { $ref: '#/definitions/Blob' } }], responses: {} } } },
			{ consumes: ['application/x-www-form-urlencoded'], definitions: { Blob: { type: 'string', format: 'binary' } } },
		),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })).map((f) => f.jsonPointer), ['/definitions/Blob/format']);
});

test('string-binary-not-supported-for-form-url-encoded does not fire with multipart/form-data', () => {
	const swagger = swaggerWith({
		'/upload': { post: { consumes: ['multipart/form-data'], parameters: [{ name: 'content', in: 'formData', type: 'string', format: 'binary' }], responses: {} } },
	});
	assert.deepEqual(runRule(rule, { swagger }), []);
});
