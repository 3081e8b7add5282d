import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/content/param-x-ms-summary-required';
import { applyFix, rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

// Microsoft's message, with the parameter it is about.
const MESSAGE = (subject: string) => `The 'x-ms-summary' property is required (${subject}).`;

test('param-x-ms-summary-required fires on the parameter name when x-ms-summary is missing, not on a body', () => {
	const swagger = textOf(
		swaggerWith({
			'/invoices': {
				post: {
					summary: 'Create invoice',
					parameters: [
						{ name: 'top', in: 'query', type: 'integer', description: 'How many.' },
						{ name: 'invoice', in: 'body', schema: { type: 'object' } },
					],
					responses: {},
				},
			},
		}),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'param-x-ms-summary-required', file: 'swagger', message: MESSAGE("parameter 'top' of POST /invoices"), range: rangeOf(swagger, '"top"'), jsonPointer: '/paths/~1invoices/post/parameters/0/x-ms-summary' },
	]);
});

test('param-x-ms-summary-required reports a shared $ref parameter once, at its definition', () => {
	const swagger = textOf(
		swaggerWith(
			{
				'/invoices': { get: { summary: 'List invoices', parameters: [{ $ref: '#/parameters/ApiVersion' }], responses: {} } },
				'/customers': { get: { summary: 'List customers', parameters: [{ $ref: '#/parameters/ApiVersion' }], responses: {} } },
			},
			{ parameters: { ApiVersion: { name: 'api-version', in: 'query', type: 'string', required: true } } },
		),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'param-x-ms-summary-required', file: 'swagger', message: MESSAGE("shared parameter 'api-version'"), range: rangeOf(swagger, '"ApiVersion"'), jsonPointer: '/parameters/ApiVersion/x-ms-summary' },
	]);
});

test('param-x-ms-summary-required fires on an empty x-ms-summary value', () => {
	const swagger = textOf(swaggerWith({ '/a': { get: { parameters: [{ name: 'q', in: 'query', type: 'string', 'x-ms-summary': ' ' }], responses: {} } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })).map((f) => f.range), [rangeOf(swagger, '" "')]);
});

test('param-x-ms-summary-required does not fire where the validator does not check: body, internal parameters, internal operations', () => {
	// Swaggers Microsoft's validator accepted since 2021 lack it on thousands of these; param-x-ms-summary-checklist warns.
	const swagger = swaggerWith(
		{
			'/a': {
				post: {
					parameters: [
						{ name: 'format', in: 'query', type: 'string', default: 'json', required: true, 'x-ms-visibility': 'internal' },
						{ name: 'file', in: 'body', schema: { type: 'string', format: 'binary' } },
					],
					responses: {},
				},
				get: { 'x-ms-visibility': 'internal', parameters: [{ name: 'id', in: 'query', type: 'string' }], responses: {} },
			},
		},
		{ parameters: { Unused: { name: 'x', in: 'header', type: 'string' } } },
	);
	assert.deepEqual(runRule(rule, { swagger }), []);
});

test('param-x-ms-summary-required does not fire on parameters that have it', () => {
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

test('param-x-ms-summary-required fix adds the name in title case after it, at a shared definition', () => {
	const swagger = textOf(
		swaggerWith(
			{ '/invoices/{invoice_id}': { get: { summary: 'Get invoice', parameters: [{ $ref: '#/parameters/InvoiceId' }], responses: {} } } },
			{ parameters: { InvoiceId: { name: 'invoice_id', in: 'path', type: 'string', required: true } } },
		),
	);
	const [finding] = runRule(rule, { swagger });
	const fixed = applyFix(rule, finding, { swagger });
	assert.equal(fixed.title, 'Add the x-ms-summary "Invoice ID"');
	assert.equal(fixed.text, swagger.replace('"name": "invoice_id",', '"name": "invoice_id",\n      "x-ms-summary": "Invoice ID",'));
	assert.equal(fixed.placeholder, 'Invoice ID');
	assert.deepEqual(runRule(rule, { swagger: fixed.text }), []);
});

test('param-x-ms-summary-required fix replaces an empty x-ms-summary in place', () => {
	const swagger = textOf(swaggerWith({ '/a': { get: { parameters: [{ name: '$top', in: 'query', type: 'integer', 'x-ms-summary': ' ' }], responses: {} } } }));
	const [finding] = runRule(rule, { swagger });
	assert.equal(applyFix(rule, finding, { swagger }).text, swagger.replace('"x-ms-summary": " "', '"x-ms-summary": "Top"'));
});
