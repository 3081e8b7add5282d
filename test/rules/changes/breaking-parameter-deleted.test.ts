import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/changes/breaking-parameter-deleted';
import { changeData, rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

const ok = { 200: { description: 'OK' } };
const top = { name: 'top', in: 'query', required: false, type: 'integer', 'x-ms-summary': 'Top' };
const skip = { name: 'skip', in: 'query', required: false, type: 'integer', 'x-ms-summary': 'Skip' };
const filter = { name: 'filter', in: 'query', required: false, type: 'string', 'x-ms-summary': 'Filter' };
const listWith = (parameters?: object[]) => ({ operationId: 'ListInvoices', summary: 'List invoices', ...(parameters ? { parameters } : {}), responses: ok });

test('breaking-parameter-deleted fires on a deleted parameter, at the parameters list', () => {
	const previous = swaggerWith({ '/invoices': { get: listWith([filter, top]) } });
	const swagger = textOf(swaggerWith({ '/invoices': { get: listWith([filter]) } }));
	const findings = runRule(rule, { swagger, previous: { swagger: previous } });
	assert.deepEqual(summarize(findings), [
		{
			ruleId: 'breaking-parameter-deleted',
			file: 'swagger',
			message: "The input field has been deleted. This change breaks existing flows (parameter 'top' of ListInvoices).",
			range: rangeOf(swagger, '"parameters"'),
			jsonPointer: '/paths/~1invoices/get/parameters',
		},
	]);
	assert.deepEqual(changeData(findings[0]), { valuePath: 'operation/ListInvoices/parameter/top', operationId: 'ListInvoices', parameter: 'top' });
});

test('breaking-parameter-deleted does not point at another parameter that took the deleted one\'s place in the list', () => {
	const previous = swaggerWith({ '/invoices': { get: listWith([top, skip]) } });
	const swagger = textOf(swaggerWith({ '/invoices': { get: listWith([skip]) } }));
	const findings = runRule(rule, { swagger, previous: { swagger: previous } });
	assert.deepEqual(summarize(findings), [
		{
			ruleId: 'breaking-parameter-deleted',
			file: 'swagger',
			message: "The input field has been deleted. This change breaks existing flows (parameter 'top' of ListInvoices).",
			range: rangeOf(swagger, '"parameters"'),
			jsonPointer: '/paths/~1invoices/get/parameters',
		},
	]);
	assert.equal(findings[0].data?.valuePath, 'operation/ListInvoices/parameter/top');
});

test('breaking-parameter-deleted reports at the operation when its parameters list is gone', () => {
	const previous = swaggerWith({ '/invoices': { get: listWith([top]) } });
	const swagger = textOf(swaggerWith({ '/invoices': { get: listWith() } }));
	const findings = runRule(rule, { swagger, previous: { swagger: previous } });
	assert.deepEqual(summarize(findings), [
		{
			ruleId: 'breaking-parameter-deleted',
			file: 'swagger',
			message: "The input field has been deleted. This change breaks existing flows (parameter 'top' of ListInvoices).",
			range: rangeOf(swagger, '"get"'),
			jsonPointer: '/paths/~1invoices/get',
		},
	]);
	assert.equal(findings[0].data?.valuePath, 'operation/ListInvoices/parameter/top');
});

test('breaking-parameter-deleted treats a renamed parameter as deleted', () => {
	const previous = swaggerWith({ '/invoices': { get: listWith([top]) } });
	const swagger = textOf(swaggerWith({ '/invoices': { get: listWith([{ ...top, name: '$top' }]) } }));
	const findings = runRule(rule, { swagger, previous: { swagger: previous } });
	assert.deepEqual(
		findings.map((f) => ({ message: f.message, jsonPointer: f.jsonPointer, range: f.range, valuePath: f.data?.valuePath })),
		[
			{
				message: "The input field has been deleted. This change breaks existing flows (parameter 'top' of ListInvoices).",
				jsonPointer: '/paths/~1invoices/get/parameters',
				range: rangeOf(swagger, '"parameters"'),
				valuePath: 'operation/ListInvoices/parameter/top',
			},
		],
	);
});

test('breaking-parameter-deleted fires on a deleted $ref to a shared parameter, and a deleted body', () => {
	const body = { name: 'body', in: 'body', required: true, schema: { type: 'object', properties: { amount: { type: 'number' } } } };
	const previous = swaggerWith(
		{ '/invoices': { get: listWith([{ $ref: '#/parameters/top' }]), post: { operationId: 'CreateInvoice', parameters: [body], responses: ok } } },
		{ parameters: { top } },
	);
	const swagger = textOf(swaggerWith({ '/invoices': { get: listWith([filter]), post: { operationId: 'CreateInvoice', responses: ok } } }, { parameters: { top } }));
	const findings = runRule(rule, { swagger, previous: { swagger: previous } });
	assert.deepEqual(
		findings.map((f) => ({ message: f.message, jsonPointer: f.jsonPointer, range: f.range, valuePath: f.data?.valuePath })),
		[
			{
				message: "The input field has been deleted. This change breaks existing flows (parameter 'top' of ListInvoices).",
				jsonPointer: '/paths/~1invoices/get/parameters',
				range: rangeOf(swagger, '"parameters"'),
				valuePath: 'operation/ListInvoices/parameter/top',
			},
			{
				message: "The input field has been deleted. This change breaks existing flows (parameter 'body' of CreateInvoice).",
				jsonPointer: '/paths/~1invoices/post',
				range: rangeOf(swagger, '"post"'),
				valuePath: 'operation/CreateInvoice/parameter/body',
			},
		],
	);
});

test('breaking-parameter-deleted reports a deleted path-level parameter at the path item, for each operation that had it', () => {
	const previous = swaggerWith({ '/invoices': { parameters: [top], get: listWith(), head: { operationId: 'CountInvoices', responses: ok } } });
	const swagger = textOf(swaggerWith({ '/invoices': { get: listWith(), head: { operationId: 'CountInvoices', responses: ok } } }));
	const findings = runRule(rule, { swagger, previous: { swagger: previous } });
	assert.deepEqual(
		findings.map((f) => ({ message: f.message, jsonPointer: f.jsonPointer, range: f.range, valuePath: f.data?.valuePath })),
		[
			{
				message: "The input field has been deleted. This change breaks existing flows (parameter 'top' of ListInvoices).",
				jsonPointer: '/paths/~1invoices',
				range: rangeOf(swagger, '"/invoices"'),
				valuePath: 'operation/ListInvoices/parameter/top',
			},
			{
				message: "The input field has been deleted. This change breaks existing flows (parameter 'top' of CountInvoices).",
				jsonPointer: '/paths/~1invoices',
				range: rangeOf(swagger, '"/invoices"'),
				valuePath: 'operation/CountInvoices/parameter/top',
			},
		],
	);
});

test('breaking-parameter-deleted reports a deleted path-level parameter at the path item parameters that remain', () => {
	const previous = swaggerWith({ '/invoices': { parameters: [top, skip], get: listWith() } });
	const swagger = textOf(swaggerWith({ '/invoices': { parameters: [skip], get: listWith() } }));
	const findings = runRule(rule, { swagger, previous: { swagger: previous } });
	assert.deepEqual(
		findings.map((f) => ({ jsonPointer: f.jsonPointer, range: f.range, valuePath: f.data?.valuePath })),
		[{ jsonPointer: '/paths/~1invoices/parameters', range: rangeOf(swagger, '"parameters"'), valuePath: 'operation/ListInvoices/parameter/top' }],
	);
});

test('breaking-parameter-deleted follows the operation to its new path', () => {
	const previous = swaggerWith({ '/invoices': { get: listWith([filter, top]) } });
	const swagger = textOf(swaggerWith({ '/v2/invoices': { get: listWith([filter]) } }));
	const findings = runRule(rule, { swagger, previous: { swagger: previous } });
	assert.deepEqual(
		findings.map((f) => ({ jsonPointer: f.jsonPointer, range: f.range, valuePath: f.data?.valuePath })),
		[{ jsonPointer: '/paths/~1v2~1invoices/get/parameters', range: rangeOf(swagger, '"parameters"'), valuePath: 'operation/ListInvoices/parameter/top' }],
	);
});

test('breaking-parameter-deleted does not fire on added parameters, text edits, reordering, a moved parameter or a deleted body field', () => {
	const body = { name: 'body', in: 'body', required: true, schema: { type: 'object', properties: { amount: { type: 'number' }, note: { type: 'string' } } } };
	const previous = swaggerWith(
		{ '/invoices': { get: listWith([top, skip]), post: { operationId: 'CreateInvoice', parameters: [body], responses: ok } } },
		{ parameters: { skip } },
	);
	const swagger = swaggerWith(
		{
			'/invoices': {
				parameters: [{ ...top, in: 'header' }],
				get: listWith([{ $ref: '#/parameters/skip' }, filter]),
				post: { operationId: 'CreateInvoice', parameters: [{ ...body, description: 'The invoice.', schema: { type: 'object', properties: { amount: { type: 'number' } } } }], responses: ok },
			},
		},
		{ parameters: { skip: { ...skip, description: 'How many to skip.' } } },
	);
	assert.deepEqual(runRule(rule, { swagger, previous: { swagger: previous } }), []);
});

test('breaking-parameter-deleted does not fire on a deleted internal parameter with a default, nor on a deleted operation', () => {
	const apiVersion = { name: 'api-version', in: 'query', required: true, type: 'string', default: '2024-01-01', 'x-ms-visibility': 'internal' };
	const previous = swaggerWith({ '/invoices': { get: listWith([apiVersion, top]) }, '/bills': { get: { operationId: 'ListBills', parameters: [top], responses: ok } } });
	const swagger = swaggerWith({ '/invoices': { get: listWith([top]) } });
	assert.deepEqual(runRule(rule, { swagger, previous: { swagger: previous } }), []);
});

test('breaking-parameter-deleted fires on a deleted internal parameter without a default', () => {
	const internal = { name: 'mode', in: 'query', required: false, type: 'string', 'x-ms-visibility': 'internal' };
	const previous = swaggerWith({ '/invoices': { get: listWith([top, internal]) } });
	const swagger = textOf(swaggerWith({ '/invoices': { get: listWith([top]) } }));
	const findings = runRule(rule, { swagger, previous: { swagger: previous } });
	assert.deepEqual(
		findings.map((f) => f.data?.valuePath),
		['operation/ListInvoices/parameter/mode'],
	);
});

test('breaking-parameter-deleted fires on a deleted header parameter that shares its name with a path parameter', () => {
	const id = { name: 'id', in: 'path', required: true, type: 'string', 'x-ms-summary': 'Invoice ID' };
	const header = { name: 'id', in: 'header', required: false, type: 'string', 'x-ms-summary': 'Request ID' };
	const getWith = (parameters: object[]) => ({ '/invoices/{id}': { get: { operationId: 'GetInvoice', parameters, responses: ok } } });
	const previous = swaggerWith(getWith([id, header]));
	const swagger = textOf(swaggerWith(getWith([id])));
	const findings = runRule(rule, { swagger, previous: { swagger: previous } });
	assert.deepEqual(
		findings.map((f) => ({ message: f.message, jsonPointer: f.jsonPointer, range: f.range, valuePath: f.data?.valuePath })),
		[
			{
				message: "The input field has been deleted. This change breaks existing flows (parameter 'id' of GetInvoice).",
				jsonPointer: '/paths/~1invoices~1{id}/get/parameters',
				range: rangeOf(swagger, '"parameters"'),
				valuePath: 'operation/GetInvoice/parameter/id',
			},
		],
	);
});

test('breaking-parameter-deleted does not fire without a previous version', () => {
	const swagger = swaggerWith({ '/invoices': { get: listWith([top]) } });
	assert.deepEqual(runRule(rule, { swagger }), []);
});
