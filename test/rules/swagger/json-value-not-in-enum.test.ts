import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/swagger/json-value-not-in-enum';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

const ok = { 200: { description: 'OK' } };

test('json-value-not-in-enum fires once on an unknown parameter location', () => {
	const swagger = textOf(swaggerWith({ '/invoices': { get: { parameters: [{ name: 'top', in: 'querystring', type: 'integer' }], responses: ok } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'json-value-not-in-enum',
			file: 'swagger',
			message: 'The property value must be one of the following: body, header, query, path, formData.',
			range: rangeOf(swagger, '"querystring"'),
			jsonPointer: '/paths/~1invoices/get/parameters/0/in',
		},
	]);
});

test('json-value-not-in-enum fires on an unknown security definition type', () => {
	const swagger = textOf(swaggerWith({}, { securityDefinitions: { oauth: { type: 'oauth', flow: 'accessCode' } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })).map((f) => [f.message, f.range]), [
		['The property value must be one of the following: basic, apiKey, oauth2.', rangeOf(swagger, '"oauth"', 1)],
	]);
});

test('json-value-not-in-enum does not fire on allowed values', () => {
	const swagger = swaggerWith(
		{ '/invoices': { get: { parameters: [{ name: 'ids', in: 'query', type: 'array', items: { type: 'string' }, collectionFormat: 'csv' }], responses: ok } } },
		{ securityDefinitions: { key: { type: 'apiKey', name: 'X-Key', in: 'header' } } },
	);
	assert.deepEqual(runRule(rule, { swagger }), []);
});
