import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/changes/breaking-input-type-changed';
import { changeData, rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

const ok = { 200: { description: 'OK' } };
const top = { name: 'top', in: 'query', required: false, type: 'integer', format: 'int32', 'x-ms-summary': 'Top' };
const listWith = (parameters: object[]) => ({ operationId: 'ListInvoices', summary: 'List invoices', parameters, responses: ok });
const createWith = (schema: object) => ({ operationId: 'CreateInvoice', summary: 'Create an invoice', parameters: [{ name: 'body', in: 'body', required: true, schema }], responses: ok });

test('breaking-input-type-changed fires on a parameter whose type changed, at its type', () => {
	const previous = swaggerWith({ '/invoices': { get: listWith([top]) } });
	const swagger = textOf(swaggerWith({ '/invoices': { get: listWith([{ name: 'top', in: 'query', required: false, type: 'string', 'x-ms-summary': 'Top' }]) } }));
	const findings = runRule(rule, { swagger, previous: { swagger: previous } });
	assert.deepEqual(summarize(findings), [
		{
			ruleId: 'breaking-input-type-changed',
			file: 'swagger',
			message: "The type has been changed for the input field, from 'integer' to 'string' (parameter 'top' of ListInvoices).",
			range: rangeOf(swagger, '"string"'),
			jsonPointer: '/paths/~1invoices/get/parameters/0/type',
		},
	]);
	assert.deepEqual(changeData(findings[0]), { valuePath: 'operation/ListInvoices/parameter/top/type', operationId: 'ListInvoices', before: 'integer', after: 'string' });
});

test('breaking-input-type-changed fires on a changed format of the same type, at its format', () => {
	const previous = swaggerWith({ '/invoices': { get: listWith([top]) } });
	const swagger = textOf(swaggerWith({ '/invoices': { get: listWith([{ ...top, format: 'int64' }]) } }));
	const findings = runRule(rule, { swagger, previous: { swagger: previous } });
	assert.deepEqual(summarize(findings), [
		{
			ruleId: 'breaking-input-type-changed',
			file: 'swagger',
			message: "The type format has been changed for the input field, from 'int32' to 'int64' (parameter 'top' of ListInvoices).",
			range: rangeOf(swagger, '"int64"'),
			jsonPointer: '/paths/~1invoices/get/parameters/0/format',
		},
	]);
	assert.deepEqual(changeData(findings[0]), { valuePath: 'operation/ListInvoices/parameter/top/format', operationId: 'ListInvoices', before: 'int32', after: 'int64' });
});

test("breaking-input-type-changed fires on an added format, and on a removed one at the parameter's name", () => {
	const since = { name: 'since', in: 'query', type: 'string' };
	const previous = swaggerWith({ '/invoices': { get: listWith([top, since]) } });
	const swagger = textOf(swaggerWith({ '/invoices': { get: listWith([{ name: 'top', in: 'query', required: false, type: 'integer', 'x-ms-summary': 'Top' }, { ...since, format: 'date-time' }]) } }));
	const findings = runRule(rule, { swagger, previous: { swagger: previous } });
	assert.deepEqual(summarize(findings), [
		{
			ruleId: 'breaking-input-type-changed',
			file: 'swagger',
			message: "The type format has been changed for the input field, from 'int32' to 'none' (parameter 'top' of ListInvoices).",
			range: rangeOf(swagger, '"top"'),
			jsonPointer: '/paths/~1invoices/get/parameters/0',
		},
		{
			ruleId: 'breaking-input-type-changed',
			file: 'swagger',
			message: "The type format has been changed for the input field, from 'none' to 'date-time' (parameter 'since' of ListInvoices).",
			range: rangeOf(swagger, '"date-time"'),
			jsonPointer: '/paths/~1invoices/get/parameters/1/format',
		},
	]);
	assert.deepEqual(
		findings.map((f) => [f.data?.valuePath, f.data?.before, f.data?.after]),
		[
			['operation/ListInvoices/parameter/top/format', 'int32', null],
			['operation/ListInvoices/parameter/since/format', null, 'date-time'],
		],
	);
});

test('breaking-input-type-changed reports a changed type and format once, as a changed type', () => {
	const previous = swaggerWith({ '/invoices': { get: listWith([top]) } });
	const swagger = textOf(swaggerWith({ '/invoices': { get: listWith([{ ...top, type: 'string', format: 'date' }]) } }));
	const findings = runRule(rule, { swagger, previous: { swagger: previous } });
	assert.deepEqual(
		findings.map((f) => ({ message: f.message, jsonPointer: f.jsonPointer, range: f.range })),
		[
			{
				message: "The type has been changed for the input field, from 'integer' to 'string' (parameter 'top' of ListInvoices).",
				jsonPointer: '/paths/~1invoices/get/parameters/0/type',
				range: rangeOf(swagger, '"string"'),
			},
		],
	);
});

test("breaking-input-type-changed fires on an array whose item type changed ('array of string' to 'array of integer')", () => {
	const ids = { name: 'ids', in: 'query', type: 'array', items: { type: 'string' }, collectionFormat: 'csv' };
	const previous = swaggerWith({ '/invoices': { get: listWith([ids]) } });
	const swagger = textOf(swaggerWith({ '/invoices': { get: listWith([{ ...ids, items: { type: 'integer' } }]) } }));
	const findings = runRule(rule, { swagger, previous: { swagger: previous } });
	assert.deepEqual(summarize(findings), [
		{
			ruleId: 'breaking-input-type-changed',
			file: 'swagger',
			message: "The type has been changed for the input field, from 'array of string' to 'array of integer' (parameter 'ids' of ListInvoices).",
			range: rangeOf(swagger, '"array"'),
			jsonPointer: '/paths/~1invoices/get/parameters/0/type',
		},
	]);
	assert.deepEqual(changeData(findings[0]), { valuePath: 'operation/ListInvoices/parameter/ids/type', operationId: 'ListInvoices', before: 'array of string', after: 'array of integer' });
});

test('breaking-input-type-changed fires on a body field whose type changed, with its schema ValuePath', () => {
	const previous = swaggerWith({ '/invoices': { post: createWith({ type: 'object', properties: { customer: { type: 'object', properties: { id: { type: 'integer' } } } } }) } });
	const swagger = textOf(swaggerWith({ '/invoices': { post: createWith({ type: 'object', properties: { customer: { type: 'object', properties: { id: { type: 'string' } } } } }) } }));
	const findings = runRule(rule, { swagger, previous: { swagger: previous } });
	assert.deepEqual(summarize(findings), [
		{
			ruleId: 'breaking-input-type-changed',
			file: 'swagger',
			message: "The type has been changed for the input field, from 'integer' to 'string' (input field 'body/customer/id' of CreateInvoice).",
			range: rangeOf(swagger, '"string"'),
			jsonPointer: '/paths/~1invoices/post/parameters/0/schema/properties/customer/properties/id/type',
		},
	]);
	assert.deepEqual(changeData(findings[0]), { valuePath: 'operation/CreateInvoice/parameter/body/schema/customer/id/type', operationId: 'CreateInvoice', before: 'integer', after: 'string' });
});

test("breaking-input-type-changed reports a changed type of the body itself at its schema's type", () => {
	const previous = swaggerWith({ '/invoices': { post: createWith({ type: 'object', properties: { amount: { type: 'number' } } }) } });
	const swagger = textOf(swaggerWith({ '/invoices': { post: createWith({ type: 'array', items: { type: 'string' } }) } }));
	const findings = runRule(rule, { swagger, previous: { swagger: previous } });
	assert.deepEqual(summarize(findings), [
		{
			ruleId: 'breaking-input-type-changed',
			file: 'swagger',
			message: "The type has been changed for the input field, from 'object' to 'array of string' (parameter 'body' of CreateInvoice).",
			range: rangeOf(swagger, '"array"'),
			jsonPointer: '/paths/~1invoices/post/parameters/0/schema/type',
		},
	]);
	assert.deepEqual(changeData(findings[0]), { valuePath: 'operation/CreateInvoice/parameter/body/type', operationId: 'CreateInvoice', before: 'object', after: 'array of string' });
});

test('breaking-input-type-changed reports a field of a shared definition at the $ref on the operation', () => {
	const invoice = (amountType: string) => ({ Invoice: { type: 'object', properties: { amount: { type: amountType } } } });
	const previous = swaggerWith({ '/invoices': { post: createWith({ $ref: '#/definitions/Invoice' }) } }, { definitions: invoice('number') });
	const swagger = textOf(swaggerWith({ '/invoices': { post: createWith({ $ref: '#/definitions/Invoice' }) } }, { definitions: invoice('string') }));
	const findings = runRule(rule, { swagger, previous: { swagger: previous } });
	assert.deepEqual(summarize(findings), [
		{
			ruleId: 'breaking-input-type-changed',
			file: 'swagger',
			message: "The type has been changed for the input field, from 'number' to 'string' (input field 'body/amount' of CreateInvoice).",
			range: rangeOf(swagger, '"schema"'),
			jsonPointer: '/paths/~1invoices/post/parameters/0/schema',
		},
	]);
	assert.equal(findings[0].data?.valuePath, 'operation/CreateInvoice/parameter/body/schema/amount/type');
});

test('breaking-input-type-changed reports a changed path-level parameter at its type, once per operation', () => {
	const id = { name: 'id', in: 'path', required: true, type: 'integer', 'x-ms-summary': 'Invoice ID' };
	const operations = { get: { operationId: 'GetInvoice', responses: ok }, delete: { operationId: 'DeleteInvoice', responses: ok } };
	const previous = swaggerWith({ '/invoices/{id}': { parameters: [id], ...operations } });
	const swagger = textOf(swaggerWith({ '/invoices/{id}': { parameters: [{ ...id, type: 'string' }], ...operations } }));
	const findings = runRule(rule, { swagger, previous: { swagger: previous } });
	assert.deepEqual(
		findings.map((f) => ({ message: f.message, jsonPointer: f.jsonPointer, range: f.range, valuePath: f.data?.valuePath })),
		[
			{
				message: "The type has been changed for the input field, from 'integer' to 'string' (parameter 'id' of GetInvoice).",
				jsonPointer: '/paths/~1invoices~1{id}/parameters/0/type',
				range: rangeOf(swagger, '"string"'),
				valuePath: 'operation/GetInvoice/parameter/id/type',
			},
			{
				message: "The type has been changed for the input field, from 'integer' to 'string' (parameter 'id' of DeleteInvoice).",
				jsonPointer: '/paths/~1invoices~1{id}/parameters/0/type',
				range: rangeOf(swagger, '"string"'),
				valuePath: 'operation/DeleteInvoice/parameter/id/type',
			},
		],
	);
});

test('breaking-input-type-changed does not fire on unchanged types, text edits, an added type or new inputs', () => {
	const ids = { name: 'ids', in: 'query', type: 'array', items: { type: 'string' } };
	const previous = swaggerWith({
		'/invoices': {
			get: listWith([top, ids, { name: 'filter', in: 'query' }]),
			post: createWith({ type: 'object', properties: { amount: { type: 'number', format: 'double' } } }),
		},
	});
	const swagger = swaggerWith({
		'/invoices': {
			get: listWith([{ ...top, description: 'How many to return.' }, { ...ids, collectionFormat: 'multi' }, { name: 'filter', in: 'query', type: 'string' }, { name: 'skip', in: 'query', type: 'integer' }]),
			post: createWith({ type: 'object', properties: { amount: { type: 'number', format: 'double', description: 'The amount.' }, note: { type: 'string' } } }),
		},
	});
	assert.deepEqual(runRule(rule, { swagger, previous: { swagger: previous } }), []);
});

test('breaking-input-type-changed does not fire when an array that gave no item type names one: flows sent the same', () => {
	const ids = (items: object) => ({ name: 'ids', in: 'query', required: false, type: 'array', items, 'x-ms-summary': 'Ids' });
	const previous = swaggerWith({ '/invoices': { get: listWith([ids({})]) } });
	const swagger = swaggerWith({ '/invoices': { get: listWith([ids({ type: 'string' })]) } });
	assert.deepEqual(runRule(rule, { swagger, previous: { swagger: previous } }), []);
	assert.deepEqual(runRule(rule, { swagger: previous, previous: { swagger } }), [], 'nor the other way round');
});

test('breaking-input-type-changed does not fire without a previous version', () => {
	const swagger = swaggerWith({ '/invoices': { get: listWith([top]) } });
	assert.deepEqual(runRule(rule, { swagger }), []);
});
