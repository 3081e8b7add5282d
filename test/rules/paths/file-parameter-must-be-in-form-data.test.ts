import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/paths/file-parameter-must-be-in-form-data';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

test('file-parameter-must-be-in-form-data fires on the in of a file parameter outside formData', () => {
	const swagger = textOf(swaggerWith({ '/upload': { post: { parameters: [{ name: 'file', in: 'query', type: 'file' }], responses: {} } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: rule.id,
			file: 'swagger',
			message: "Parameters of type 'file' are not valid in locations other than 'formData'.",
			range: rangeOf(swagger, '"query"'),
			jsonPointer: '/paths/~1upload/post/parameters/0/in',
		},
	]);
});

test('file-parameter-must-be-in-form-data does not fire on formData files or body parameters', () => {
	const swagger = swaggerWith({
		'/upload': { post: { consumes: ['multipart/form-data'], parameters: [{ name: 'file', in: 'formData', type: 'file' }], responses: {} } },
		'/raw': { post: { parameters: [{ name: 'body', in: 'body', type: 'file', schema: { type: 'string', format: 'binary' } }], responses: {} } },
	});
	assert.deepEqual(runRule(rule, { swagger }), []);
});
