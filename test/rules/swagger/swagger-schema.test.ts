import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/swagger/swagger-schema';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

test('swagger-schema fires on the key of an empty responses object', () => {
	const swagger = textOf(swaggerWith({ '/invoices': { get: { summary: 'List invoices', responses: {} } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'swagger-schema',
			file: 'swagger',
			message: "The 'responses' object must define at least one response: a status code or 'default'.",
			range: rangeOf(swagger, '"responses"'),
			jsonPointer: '/paths/~1invoices/get/responses',
		},
	]);
});

test('swagger-schema fires on a host with a scheme and path, in Microsoft\'s words', () => {
	const swagger = textOf(swaggerWith({}, { host: 'https://api.contoso.com/v1' }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'swagger-schema',
			file: 'swagger',
			message: "The 'host' property, if present, must be a valid URI host without a scheme or path.",
			range: rangeOf(swagger, '"https://api.contoso.com/v1"'),
			jsonPointer: '/host',
		},
	]);
});

test('swagger-schema does not fire on a well-formed swagger', () => {
	const swagger = swaggerWith({ '/invoices': { get: { summary: 'List invoices', responses: { 200: { description: 'OK' } } } } });
	assert.deepEqual(runRule(rule, { swagger }), []);
});

test('swagger-schema stays quiet on an OpenAPI 3 document (specification-version-incorrect reports it)', () => {
	const swagger = { openapi: '3.0.1', info: { title: 'Contoso', version: '1.0' }, paths: { '/a': { get: { responses: {} } } }, components: {} };
	assert.deepEqual(runRule(rule, { swagger }), []);
});
