import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/swagger/schema-reference-not-valid';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

const withSchema = (schema: object, extra: object = {}) => swaggerWith({ '/invoices': { get: { responses: { 200: { description: 'OK', schema } } } } }, extra);

test('schema-reference-not-valid fires on a reference to a URL, without fetching it', () => {
	const swagger = textOf(withSchema({ $ref: 'https://schemas.contoso.com/invoice.json#/Invoice' }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'schema-reference-not-valid',
			file: 'swagger',
			message:
				"The schema reference 'https://schemas.contoso.com/invoice.json#/Invoice' is not valid. It references another file or URL; only references inside this document are supported. Schema references must start with '#/definitions/' and be valid JSON Pointers.",
			range: rangeOf(swagger, '"https://schemas.contoso.com/invoice.json#/Invoice"'),
			jsonPointer: '/paths/~1invoices/get/responses/200/schema/$ref',
		},
	]);
});

test('schema-reference-not-valid fires on a reference to another section', () => {
	const swagger = textOf(withSchema({ $ref: '#/parameters/top' }, { parameters: { top: { name: 'top', in: 'query', type: 'integer' } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })).map((f) => [f.message, f.range]), [
		["The schema reference '#/parameters/top' is not valid. Schema references must start with '#/definitions/' and be valid JSON Pointers.", rangeOf(swagger, '"#/parameters/top"')],
	]);
});

test('schema-reference-not-valid does not fire on a local definition reference', () => {
	assert.deepEqual(runRule(rule, { swagger: withSchema({ $ref: '#/definitions/Invoice' }, { definitions: { Invoice: { type: 'object' } } }) }), []);
});

test('schema-reference-not-valid leaves the parameter references of x-ms-notification-content to the parameter rules', () => {
	// The shape of Microsoft's own Azure IoT Central connector, accepted in 2021.
	const swagger = swaggerWith(
		{
			'/hooks': {
				'x-ms-notification-content': { schema: { $ref: '#/definitions/Event' }, parameters: [{ $ref: '#/parameters/ApplicationId' }] },
				post: { operationId: 'OnEvent', 'x-ms-notification-content': { parameters: [{ $ref: '#/parameters/ApplicationId' }] }, responses: { 201: { description: 'Created' } } },
			},
		},
		{ definitions: { Event: { type: 'object' } }, parameters: { ApplicationId: { name: 'app', in: 'path', type: 'string', required: true } } },
	);
	assert.deepEqual(runRule(rule, { swagger }), []);
});
