import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/paths/mime-type-not-compatible-with-request-content-schema-type';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

test('mime-type-not-compatible-with-request-content-schema-type fires on a binary body consumed as JSON only', () => {
	const swagger = textOf(
		swaggerWith(
			{ '/files': { post: { operationId: 'UploadFile', parameters: [{ name: 'file', in: 'body', schema: { type: 'string', format: 'binary' } }], responses: {} } } },
			{ consumes: ['application/json'] },
		),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: rule.id,
			file: 'swagger',
			message: "The MIME type(s) are not compatible with the request content type 'string/binary' for operation 'UploadFile'.",
			range: rangeOf(swagger, '"schema"'),
			jsonPointer: '/paths/~1files/post/parameters/0/schema',
		},
	]);
});

test('mime-type-not-compatible-with-request-content-schema-type fires on an object body consumed as text/plain only', () => {
	const swagger = textOf(
		swaggerWith(
			{ '/items': { post: { operationId: 'CreateItem', consumes: ['text/plain'], parameters: [{ name: 'item', in: 'body', schema: { $ref: '#/definitions/Item' } }], responses: {} } } },
			{ definitions: { Item: { type: 'object' } } },
		),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })).map((f) => f.message), [
		"The MIME type(s) are not compatible with the request content type 'object' for operation 'CreateItem'.",
	]);
});

test('mime-type-not-compatible-with-request-content-schema-type does not fire on compatible or mixed consumes', () => {
	const swagger = swaggerWith({
		'/files': { post: { consumes: ['application/octet-stream'], parameters: [{ name: 'file', in: 'body', schema: { type: 'string', format: 'binary' } }], responses: {} } },
		'/items': { post: { consumes: ['application/json', 'text/plain'], parameters: [{ name: 'item', in: 'body', schema: { type: 'object' } }], responses: {} } },
		'/notes': { post: { consumes: ['text/plain'], parameters: [{ name: 'note', in: 'body', schema: { type: 'string' } }], responses: {} } },
	});
	assert.deepEqual(runRule(rule, { swagger }), []);
});
