import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/changes/breaking-required-input-added';
import { changeData, rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

const ok = { 200: { description: 'OK' } };
const top = { name: 'top', in: 'query', required: false, type: 'integer', 'x-ms-summary': 'Top' };
const status = { name: 'status', in: 'query', required: true, type: 'string', 'x-ms-summary': 'Status' };
const listWith = (parameters: object[]) => ({ operationId: 'ListInvoices', summary: 'List invoices', parameters, responses: ok });
const createWith = (body: object) => ({ operationId: 'CreateInvoice', summary: 'Create an invoice', parameters: [{ name: 'body', in: 'body', ...body }], responses: ok });

test('breaking-required-input-added fires on an added required parameter, at the parameter', () => {
	const previous = swaggerWith({ '/invoices': { get: listWith([top]) } });
	const swagger = textOf(swaggerWith({ '/invoices': { get: listWith([top, status]) } }));
	const findings = runRule(rule, { swagger, previous: { swagger: previous } });
	assert.deepEqual(summarize(findings), [
		{
			ruleId: 'breaking-required-input-added',
			file: 'swagger',
			message: "The required parameter has been added (parameter 'status' of ListInvoices).",
			range: rangeOf(swagger, '"status"'),
			jsonPointer: '/paths/~1invoices/get/parameters/1',
		},
	]);
	assert.deepEqual(changeData(findings[0]), { valuePath: 'operation/ListInvoices/parameter/status', operationId: 'ListInvoices', added: true });
});

test('breaking-required-input-added fires on an optional parameter made required', () => {
	const previous = swaggerWith({ '/invoices': { get: listWith([top]) } });
	const swagger = textOf(swaggerWith({ '/invoices': { get: listWith([{ ...top, required: true }]) } }));
	const findings = runRule(rule, { swagger, previous: { swagger: previous } });
	assert.deepEqual(summarize(findings), [
		{
			ruleId: 'breaking-required-input-added',
			file: 'swagger',
			message: "The input field has been changed from optional to required (parameter 'top' of ListInvoices).",
			range: rangeOf(swagger, '"top"'),
			jsonPointer: '/paths/~1invoices/get/parameters/0',
		},
	]);
	assert.deepEqual(changeData(findings[0]), { valuePath: 'operation/ListInvoices/parameter/top', operationId: 'ListInvoices', added: false });
});

test('breaking-required-input-added fires on a required field added to a required body, at the property key', () => {
	const previous = swaggerWith({ '/invoices': { post: createWith({ required: true, schema: { type: 'object', required: ['amount'], properties: { amount: { type: 'number' } } } }) } });
	const swagger = textOf(
		swaggerWith({
			'/invoices': { post: createWith({ required: true, schema: { type: 'object', required: ['amount', 'customer'], properties: { amount: { type: 'number' }, customer: { type: 'string' } } } }) },
		}),
	);
	const findings = runRule(rule, { swagger, previous: { swagger: previous } });
	assert.deepEqual(summarize(findings), [
		{
			ruleId: 'breaking-required-input-added',
			file: 'swagger',
			message: "The required input field has been added. Existing flows will not send this new field (input field 'body/customer' of CreateInvoice).",
			range: rangeOf(swagger, '"customer"', 1),
			jsonPointer: '/paths/~1invoices/post/parameters/0/schema/properties/customer',
		},
	]);
	assert.deepEqual(changeData(findings[0]), { valuePath: 'operation/CreateInvoice/parameter/body/schema/customer', operationId: 'CreateInvoice', added: true });
});

test('breaking-required-input-added reports a body made required once, not again for its required fields', () => {
	const schema = { type: 'object', required: ['amount'], properties: { amount: { type: 'number' }, note: { type: 'string' } } };
	const previous = swaggerWith({ '/invoices': { post: createWith({ required: false, schema }) } });
	const swagger = textOf(swaggerWith({ '/invoices': { post: createWith({ required: true, schema }) } }));
	const findings = runRule(rule, { swagger, previous: { swagger: previous } });
	assert.deepEqual(summarize(findings), [
		{
			ruleId: 'breaking-required-input-added',
			file: 'swagger',
			message: "The input field has been changed from optional to required (parameter 'body' of CreateInvoice).",
			range: rangeOf(swagger, '"body"'),
			jsonPointer: '/paths/~1invoices/post/parameters/0',
		},
	]);
	assert.deepEqual(changeData(findings[0]), { valuePath: 'operation/CreateInvoice/parameter/body', operationId: 'CreateInvoice', added: false });
});

test('breaking-required-input-added reports an added required object field once, not again for its required fields', () => {
	const previous = swaggerWith({ '/invoices': { post: createWith({ required: true, schema: { type: 'object', properties: { amount: { type: 'number' } } } }) } });
	const customer = { type: 'object', required: ['id', 'name'], properties: { id: { type: 'string' }, name: { type: 'string' } } };
	const swagger = textOf(
		swaggerWith({ '/invoices': { post: createWith({ required: true, schema: { type: 'object', required: ['customer'], properties: { amount: { type: 'number' }, customer } } }) } }),
	);
	const findings = runRule(rule, { swagger, previous: { swagger: previous } });
	assert.deepEqual(
		findings.map((f) => ({ message: f.message, jsonPointer: f.jsonPointer, range: f.range, valuePath: f.data?.valuePath })),
		[
			{
				message: "The required input field has been added. Existing flows will not send this new field (input field 'body/customer' of CreateInvoice).",
				jsonPointer: '/paths/~1invoices/post/parameters/0/schema/properties/customer',
				range: rangeOf(swagger, '"customer"', 1),
				valuePath: 'operation/CreateInvoice/parameter/body/schema/customer',
			},
		],
	);
});

test('breaking-required-input-added reports a required field added to a definition at the body schema that reaches it', () => {
	const previous = swaggerWith(
		{ '/invoices': { post: createWith({ required: true, schema: { $ref: '#/definitions/Invoice' } }) } },
		{ definitions: { Invoice: { type: 'object', properties: { amount: { type: 'number' } } } } },
	);
	const swagger = textOf(
		swaggerWith(
			{ '/invoices': { post: createWith({ required: true, schema: { $ref: '#/definitions/Invoice' } }) } },
			{ definitions: { Invoice: { type: 'object', required: ['currency'], properties: { amount: { type: 'number' }, currency: { type: 'string' } } } } },
		),
	);
	const findings = runRule(rule, { swagger, previous: { swagger: previous } });
	assert.deepEqual(summarize(findings), [
		{
			ruleId: 'breaking-required-input-added',
			file: 'swagger',
			message: "The required input field has been added. Existing flows will not send this new field (input field 'body/currency' of CreateInvoice).",
			range: rangeOf(swagger, '"schema"'),
			jsonPointer: '/paths/~1invoices/post/parameters/0/schema',
		},
	]);
	assert.equal(findings[0].data?.valuePath, 'operation/CreateInvoice/parameter/body/schema/currency');
});

test('breaking-required-input-added reports a required parameter added through a $ref at the $ref on the operation', () => {
	const previous = swaggerWith({ '/invoices': { get: listWith([top]) } }, { parameters: { status } });
	const swagger = textOf(swaggerWith({ '/invoices': { get: listWith([top, { $ref: '#/parameters/status' }]) } }, { parameters: { status } }));
	const findings = runRule(rule, { swagger, previous: { swagger: previous } });
	assert.deepEqual(
		findings.map((f) => ({ message: f.message, jsonPointer: f.jsonPointer, valuePath: f.data?.valuePath })),
		[
			{
				message: "The required parameter has been added (parameter 'status' of ListInvoices).",
				jsonPointer: '/paths/~1invoices/get/parameters/1',
				valuePath: 'operation/ListInvoices/parameter/status',
			},
		],
	);
	// The `$ref` item of the parameters list has no key or name of its own: the whole item stands for it.
	const refObject = swagger.slice(swagger.lastIndexOf('{', swagger.indexOf('"$ref"')), swagger.indexOf('}', swagger.indexOf('"$ref"')) + 1);
	assert.deepEqual(findings[0].range, rangeOf(swagger, refObject));
});

test('breaking-required-input-added does not fire on optional inputs, inputs with a default, or inputs that were already required', () => {
	const previous = swaggerWith({
		'/invoices': {
			get: listWith([top, { ...status, required: false, default: 'open' }, { name: 'id', in: 'query', required: true, type: 'string' }]),
			post: createWith({ required: true, schema: { type: 'object', required: ['amount'], properties: { amount: { type: 'number' } } } }),
		},
	});
	const swagger = swaggerWith({
		'/invoices': {
			get: listWith([
				top,
				{ ...status, default: 'open' },
				{ name: 'id', in: 'query', required: true, type: 'string', description: 'The invoice id.' },
				{ name: 'skip', in: 'query', required: false, type: 'integer' },
				{ name: 'api-version', in: 'query', required: true, type: 'string', default: '2024-01-01', 'x-ms-visibility': 'internal' },
			]),
			post: createWith({ required: true, schema: { type: 'object', required: ['amount'], properties: { amount: { type: 'number' }, note: { type: 'string' }, lines: { type: 'array', items: { type: 'object', required: ['sku'], properties: { sku: { type: 'string' } } } } } } }),
		},
	});
	assert.deepEqual(runRule(rule, { swagger, previous: { swagger: previous } }), []);
});

test('breaking-required-input-added fires on a required field added to an optional body that flows may already send', () => {
	const previous = swaggerWith({ '/invoices': { post: createWith({ required: false, schema: { type: 'object', properties: { amount: { type: 'number' } } } }) } });
	const swagger = textOf(
		swaggerWith({ '/invoices': { post: createWith({ required: false, schema: { type: 'object', required: ['currency'], properties: { amount: { type: 'number' }, currency: { type: 'string' } } } }) } }),
	);
	const findings = runRule(rule, { swagger, previous: { swagger: previous } });
	assert.deepEqual(
		findings.map((f) => ({ message: f.message, jsonPointer: f.jsonPointer, range: f.range, valuePath: f.data?.valuePath })),
		[
			{
				message: "The required input field has been added. Existing flows will not send this new field (input field 'body/currency' of CreateInvoice).",
				jsonPointer: '/paths/~1invoices/post/parameters/0/schema/properties/currency',
				range: rangeOf(swagger, '"currency"', 1),
				valuePath: 'operation/CreateInvoice/parameter/body/schema/currency',
			},
		],
	);
});

test('breaking-required-input-added does not fire on the required inputs of a new operation, nor on a new optional body', () => {
	const previous = swaggerWith({ '/invoices': { get: listWith([top]) } });
	const swagger = swaggerWith({
		'/invoices': { get: listWith([top]), post: createWith({ required: true, schema: { type: 'object', required: ['amount'], properties: { amount: { type: 'number' } } } }) },
		'/bills': { get: { operationId: 'ListBills', parameters: [status], responses: ok } },
		'/invoices/{id}/lines': { post: { operationId: 'AddLine', parameters: [{ name: 'body', in: 'body', schema: { type: 'object', required: ['sku'], properties: { sku: { type: 'string' } } } }], responses: ok } },
	});
	assert.deepEqual(runRule(rule, { swagger, previous: { swagger: previous } }), []);
});

test('breaking-required-input-added does not fire when an allOf schema is inlined with the same required fields', () => {
	const definitions = { Party: { type: 'object', properties: { name: { type: 'string' } } } };
	const previous = swaggerWith({ '/invoices': { post: createWith({ required: true, schema: { allOf: [{ $ref: '#/definitions/Party' }], required: ['name'] } }) } }, { definitions });
	const swagger = swaggerWith({ '/invoices': { post: createWith({ required: true, schema: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } } }) } }, { definitions });
	assert.deepEqual(runRule(rule, { swagger, previous: { swagger: previous } }), []);
});

test('breaking-required-input-added does not fire without a previous version', () => {
	const swagger = swaggerWith({ '/invoices': { get: listWith([status]) } });
	assert.deepEqual(runRule(rule, { swagger }), []);
});
