import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/paths/consumes-missing';
import { applyFix, rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

const body = { name: 'body', in: 'body', schema: { type: 'object' } };

test('consumes-missing fires on the method key when neither the operation nor the root has consumes', () => {
	const swagger = textOf(swaggerWith({ '/invoices': { post: { operationId: 'CreateInvoice', parameters: [body], responses: {} } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: rule.id,
			file: 'swagger',
			message: "At least one supported MIME type must be provided in 'consumes' for operation 'CreateInvoice'.",
			range: rangeOf(swagger, '"post"'),
			jsonPointer: '/paths/~1invoices/post/consumes',
		},
	]);
});

test('consumes-missing fires on an empty operation consumes that overrides the root', () => {
	const swagger = textOf(swaggerWith({ '/invoices': { post: { operationId: 'CreateInvoice', consumes: [], parameters: [body], responses: {} } } }, { consumes: ['application/json'] }));
	assert.deepEqual(summarize(runRule(rule, { swagger })).map((f) => [f.jsonPointer, f.range]), [['/paths/~1invoices/post/consumes', rangeOf(swagger, '[]')]]);
});

test('consumes-missing does not fire with root consumes or without a body', () => {
	const swagger = swaggerWith(
		{ '/invoices': { post: { parameters: [body], responses: {} }, get: { parameters: [{ name: 'q', in: 'query', type: 'string' }], responses: {} } } },
		{ consumes: ['application/json'] },
	);
	assert.deepEqual(runRule(rule, { swagger }), []);
	const noBody = swaggerWith({ '/invoices': { delete: { parameters: [{ name: 'id', in: 'query', type: 'string' }], responses: {} } } });
	assert.deepEqual(runRule(rule, { swagger: noBody }), []);
});

test('consumes-missing fix adds application/json before the parameters, or replaces an empty list', () => {
	const swagger = textOf(swaggerWith({ '/invoices': { post: { operationId: 'CreateInvoice', parameters: [body], responses: {} } } }));
	const fixed = applyFix(rule, runRule(rule, { swagger })[0], { swagger });
	assert.equal(fixed.title, 'Add "consumes": ["application/json"]');
	assert.equal(fixed.text, swagger.replace('"operationId": "CreateInvoice",\n', '"operationId": "CreateInvoice",\n        "consumes": [\n          "application/json"\n        ],\n'));
	assert.deepEqual(runRule(rule, { swagger: fixed.text }), []);
	const empty = textOf(swaggerWith({ '/invoices': { post: { consumes: [], parameters: [body], responses: {} } } }));
	assert.equal(applyFix(rule, runRule(rule, { swagger: empty })[0], { swagger: empty }).text, empty.replace('"consumes": []', '"consumes": [\n          "application/json"\n        ]'));
});

test('consumes-missing fix declares multipart/form-data for an operation with formData parameters', () => {
	const swagger = textOf(swaggerWith({ '/files': { post: { parameters: [{ name: 'file', in: 'formData', type: 'file' }], responses: {} } } }));
	const fixed = applyFix(rule, runRule(rule, { swagger })[0], { swagger });
	assert.equal(fixed.title, 'Add "consumes": ["multipart/form-data"]');
	assert.equal(fixed.text, swagger.replace('"post": {\n', '"post": {\n        "consumes": [\n          "multipart/form-data"\n        ],\n'));
	assert.deepEqual(runRule(rule, { swagger: fixed.text }), []);
});
