import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/paths/body-or-form-data-parameter-in-fetch-operation-not-allowed';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

const MESSAGE = 'Body or form data parameters are not supported in a fetch operation.';

test('body-or-form-data-parameter-in-fetch-operation-not-allowed fires on the in of a body parameter of a GET', () => {
	const swagger = textOf(
		swaggerWith({
			'/invoices': {
				get: { operationId: 'ListInvoices', parameters: [{ name: 'filter', in: 'body', schema: { type: 'object' } }], responses: {} },
			},
		}),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: rule.id, file: 'swagger', message: MESSAGE, range: rangeOf(swagger, '"body"'), jsonPointer: '/paths/~1invoices/get/parameters/0/in' },
	]);
});

test('body-or-form-data-parameter-in-fetch-operation-not-allowed reports a referenced formData parameter on its $ref', () => {
	const swagger = textOf(
		swaggerWith(
			{ '/files': { get: { operationId: 'GetFile', parameters: [{ $ref: '#/parameters/File' }], responses: {} } } },
			{ parameters: { File: { name: 'file', in: 'formData', type: 'file' } } },
		),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })).map((f) => f.jsonPointer), ['/paths/~1files/get/parameters/0/$ref']);
});

test('body-or-form-data-parameter-in-fetch-operation-not-allowed does not fire on POST bodies or GET query parameters', () => {
	const swagger = swaggerWith({
		'/invoices': {
			get: { parameters: [{ name: 'top', in: 'query', type: 'integer' }], responses: {} },
			post: { parameters: [{ name: 'body', in: 'body', schema: { type: 'object' } }], responses: {} },
		},
	});
	assert.deepEqual(runRule(rule, { swagger }), []);
});
