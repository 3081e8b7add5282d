import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/content/param-description-required';
import { applyFix, rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

// Microsoft's message, with the parameter it is about.
const MESSAGE = (subject: string) => `The 'description' property is required (${subject}).`;

test('param-description-required fires on the parameter name when description is missing', () => {
	const swagger = textOf(
		swaggerWith({
			'/invoices/{id}': {
				// A path-level parameter is reported where it is declared.
				parameters: [{ name: 'id', in: 'path', type: 'string', required: true, 'x-ms-summary': 'Invoice ID' }],
				get: { summary: 'Get invoice', parameters: [{ name: 'expand', in: 'query', type: 'string', description: 'Related data to include.' }], responses: {} },
			},
		}),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'param-description-required', file: 'swagger', message: MESSAGE("parameter 'id' of path '/invoices/{id}'"), range: rangeOf(swagger, '"id"'), jsonPointer: '/paths/~1invoices~1{id}/parameters/0/description' },
	]);
});

test('param-description-required reports a shared $ref parameter once, at its definition', () => {
	const swagger = textOf(
		swaggerWith(
			{
				'/invoices': { get: { summary: 'List invoices', parameters: [{ $ref: '#/parameters/ApiVersion' }], responses: {} } },
				'/customers': { get: { summary: 'List customers', parameters: [{ $ref: '#/parameters/ApiVersion' }], responses: {} } },
			},
			{ parameters: { ApiVersion: { name: 'api-version', in: 'query', type: 'string', 'x-ms-summary': 'API Version' } } },
		),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'param-description-required', file: 'swagger', message: MESSAGE("shared parameter 'api-version'"), range: rangeOf(swagger, '"ApiVersion"'), jsonPointer: '/parameters/ApiVersion/description' },
	]);
});

test('param-description-required fires on an empty description value', () => {
	const swagger = textOf(swaggerWith({ '/a': { get: { parameters: [{ name: 'q', in: 'query', type: 'string', description: '' }], responses: {} } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })).map((f) => f.range), [rangeOf(swagger, '""')]);
});

test('param-description-required does not fire where the validator does not check: body, internal parameters, internal operations', () => {
	// Swaggers Microsoft's validator accepted since 2021 lack descriptions on hundreds of these; param-description-checklist warns.
	const swagger = swaggerWith(
		{
			'/a': {
				post: {
					parameters: [
						{ name: 'format', in: 'query', type: 'string', default: 'json', required: true, 'x-ms-visibility': 'Internal', 'x-ms-summary': 'Format' },
						{ name: 'body', in: 'body', schema: { type: 'object', properties: { name: { type: 'string' } } } },
					],
					responses: {},
				},
				get: { 'x-ms-visibility': 'internal', parameters: [{ name: 'id', in: 'query', type: 'string' }, { $ref: '#/parameters/Hidden' }], responses: {} },
			},
		},
		{ parameters: { Hidden: { name: 'page', in: 'query', type: 'integer' }, Unused: { name: 'x', in: 'header', type: 'string' } } },
	);
	assert.deepEqual(runRule(rule, { swagger }), []);
});

test('param-description-required fires on a shared parameter that one visible operation uses, even if internal ones use it too', () => {
	const swagger = swaggerWith(
		{
			'/a': { get: { 'x-ms-visibility': 'internal', parameters: [{ $ref: '#/parameters/Top' }], responses: {} } },
			'/b': { get: { parameters: [{ $ref: '#/parameters/Top' }], responses: {} } },
		},
		{ parameters: { Top: { name: 'top', in: 'query', type: 'integer', 'x-ms-summary': 'Top' } } },
	);
	assert.deepEqual(runRule(rule, { swagger }).map((f) => f.jsonPointer), ['/parameters/Top/description']);
});

test('param-description-required does not fire on parameters that have it', () => {
	const swagger = swaggerWith({
		'/a': {
			get: {
				parameters: [{ name: 'q', in: 'query', type: 'string', 'x-ms-summary': 'Query', description: 'The query.' }],
				responses: {},
			},
		},
	});
	assert.deepEqual(runRule(rule, { swagger }), []);
});

test('param-description-required fix adds a phrase from the x-ms-summary right after it', () => {
	const swagger = textOf(swaggerWith({ '/a': { get: { parameters: [{ name: 'invoice_id', in: 'query', 'x-ms-summary': 'Invoice ID', type: 'string' }], responses: {} } } }));
	const [finding] = runRule(rule, { swagger });
	const fixed = applyFix(rule, finding, { swagger });
	assert.equal(fixed.title, 'Add the description "The invoice ID."');
	assert.equal(fixed.text, swagger.replace('"x-ms-summary": "Invoice ID",', '"x-ms-summary": "Invoice ID",\n            "description": "The invoice ID.",'));
	assert.equal(fixed.placeholder, 'The invoice ID.');
	assert.deepEqual(runRule(rule, { swagger: fixed.text }), []);
});

test('param-description-required fix uses the name without an x-ms-summary, and replaces an empty description', () => {
	const swagger = textOf(swaggerWith({ '/a': { get: { parameters: [{ name: 'customerName', in: 'query', type: 'string', description: '' }], responses: {} } } }));
	const [finding] = runRule(rule, { swagger });
	assert.equal(applyFix(rule, finding, { swagger }).text, swagger.replace('"description": ""', '"description": "The customer name."'));
});
