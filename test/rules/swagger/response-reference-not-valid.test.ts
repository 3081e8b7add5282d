import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/swagger/response-reference-not-valid';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

test('response-reference-not-valid fires on a response that references a definition', () => {
	const swagger = textOf(swaggerWith({ '/invoices': { get: { responses: { 200: { $ref: '#/definitions/Invoice' } } } } }, { definitions: { Invoice: { type: 'object' } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'response-reference-not-valid',
			file: 'swagger',
			message: "The response reference '#/definitions/Invoice' is not valid. Response references must start with '#/responses/' and be valid JSON Pointers.",
			range: rangeOf(swagger, '"#/definitions/Invoice"'),
			jsonPointer: '/paths/~1invoices/get/responses/200/$ref',
		},
	]);
});

test('response-reference-not-valid fires on a reference to a URL', () => {
	const swagger = textOf(swaggerWith({ '/invoices': { get: { responses: { 200: { $ref: 'http://contoso.com/responses.json#/Ok' } } } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })).map((f) => f.range), [rangeOf(swagger, '"http://contoso.com/responses.json#/Ok"')]);
});

test('response-reference-not-valid does not fire on a local response reference', () => {
	const swagger = swaggerWith({ '/invoices': { get: { responses: { 200: { $ref: '#/responses/Ok' } } } } }, { responses: { Ok: { description: 'OK' } } });
	assert.deepEqual(runRule(rule, { swagger }), []);
});
