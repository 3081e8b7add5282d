import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/changes/breaking-input-enum-changed';
import { changeData, rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

const ok = { 200: { description: 'OK' } };
const status = { name: 'status', in: 'query', required: false, type: 'string', 'x-ms-summary': 'Status' };
const listWith = (parameters: object[]) => ({ operationId: 'ListInvoices', summary: 'List invoices', parameters, responses: ok });
const createWith = (schema: object) => ({ operationId: 'CreateInvoice', summary: 'Create an invoice', parameters: [{ name: 'body', in: 'body', required: true, schema }], responses: ok });

/** The text of the `occurrence`-th `enum` array of a printed file, to state its range. */
function enumText(text: string, occurrence = 0): string {
	const arrays = [...text.matchAll(/"enum": (\[[^\]]*\])/g)];
	return arrays[occurrence][1];
}

test('breaking-input-enum-changed fires on a list of values added to a parameter, at the list', () => {
	const previous = swaggerWith({ '/invoices': { get: listWith([status]) } });
	const swagger = textOf(swaggerWith({ '/invoices': { get: listWith([{ ...status, enum: ['open', 'paid'] }]) } }));
	const findings = runRule(rule, { swagger, previous: { swagger: previous } });
	assert.deepEqual(summarize(findings), [
		{
			ruleId: 'breaking-input-enum-changed',
			file: 'swagger',
			message: "The list of enum values has been added to the input field (parameter 'status' of ListInvoices).",
			range: rangeOf(swagger, enumText(swagger)),
			jsonPointer: '/paths/~1invoices/get/parameters/0/enum',
		},
	]);
	assert.deepEqual(changeData(findings[0]), { valuePath: 'operation/ListInvoices/parameter/status', operationId: 'ListInvoices' });
});

test('breaking-input-enum-changed fires on values removed from a parameter list, naming them', () => {
	const previous = swaggerWith({ '/invoices': { get: listWith([{ ...status, enum: ['open', 'paid', 'void', 'draft'] }]) } });
	const swagger = textOf(swaggerWith({ '/invoices': { get: listWith([{ ...status, enum: ['open', 'paid'] }]) } }));
	const findings = runRule(rule, { swagger, previous: { swagger: previous } });
	assert.deepEqual(summarize(findings), [
		{
			ruleId: 'breaking-input-enum-changed',
			file: 'swagger',
			message: "Enum values have been removed from the input field: 'void', 'draft' (parameter 'status' of ListInvoices).",
			range: rangeOf(swagger, enumText(swagger)),
			jsonPointer: '/paths/~1invoices/get/parameters/0/enum',
		},
	]);
	assert.deepEqual(changeData(findings[0]), { valuePath: 'operation/ListInvoices/parameter/status', operationId: 'ListInvoices', removed: ['void', 'draft'] });
});

test('breaking-input-enum-changed reports a value whose case changed as removed, and compares numbers as text', () => {
	const priority = { name: 'priority', in: 'query', type: 'integer', enum: [1, 2, 3] };
	const previous = swaggerWith({ '/invoices': { get: listWith([{ ...status, enum: ['Open', 'Paid'] }, priority]) } });
	const swagger = textOf(swaggerWith({ '/invoices': { get: listWith([{ ...status, enum: ['open', 'Paid'] }, { ...priority, enum: [1, 2] }]) } }));
	const findings = runRule(rule, { swagger, previous: { swagger: previous } });
	assert.deepEqual(
		findings.map((f) => ({ message: f.message, jsonPointer: f.jsonPointer, range: f.range, data: changeData(f) })),
		[
			{
				message: "Enum values have been removed from the input field: 'Open' (parameter 'status' of ListInvoices).",
				jsonPointer: '/paths/~1invoices/get/parameters/0/enum',
				range: rangeOf(swagger, enumText(swagger, 0)),
				data: { valuePath: 'operation/ListInvoices/parameter/status', operationId: 'ListInvoices', removed: ['Open'] },
			},
			{
				message: "Enum values have been removed from the input field: '3' (parameter 'priority' of ListInvoices).",
				jsonPointer: '/paths/~1invoices/get/parameters/1/enum',
				range: rangeOf(swagger, enumText(swagger, 1)),
				data: { valuePath: 'operation/ListInvoices/parameter/priority', operationId: 'ListInvoices', removed: ['3'] },
			},
		],
	);
});

test('breaking-input-enum-changed fires on a body field, with its schema ValuePath', () => {
	const previous = swaggerWith({ '/invoices': { post: createWith({ type: 'object', properties: { terms: { type: 'object', properties: { unit: { type: 'string', enum: ['days', 'weeks'] } } } } }) } });
	const swagger = textOf(swaggerWith({ '/invoices': { post: createWith({ type: 'object', properties: { terms: { type: 'object', properties: { unit: { type: 'string', enum: ['days'] } } } } }) } }));
	const findings = runRule(rule, { swagger, previous: { swagger: previous } });
	assert.deepEqual(summarize(findings), [
		{
			ruleId: 'breaking-input-enum-changed',
			file: 'swagger',
			message: "Enum values have been removed from the input field: 'weeks' (input field 'body/terms/unit' of CreateInvoice).",
			range: rangeOf(swagger, enumText(swagger)),
			jsonPointer: '/paths/~1invoices/post/parameters/0/schema/properties/terms/properties/unit/enum',
		},
	]);
	assert.deepEqual(changeData(findings[0]), { valuePath: 'operation/CreateInvoice/parameter/body/schema/terms/unit', operationId: 'CreateInvoice', removed: ['weeks'] });
});

test('breaking-input-enum-changed reports a list added in a shared definition at the $ref on the operation', () => {
	const invoice = (unit: object) => ({ Invoice: { type: 'object', properties: { currency: { type: 'string', ...unit } } } });
	const previous = swaggerWith({ '/invoices': { post: createWith({ $ref: '#/definitions/Invoice' }) } }, { definitions: invoice({}) });
	const swagger = textOf(swaggerWith({ '/invoices': { post: createWith({ $ref: '#/definitions/Invoice' }) } }, { definitions: invoice({ enum: ['EUR', 'USD'] }) }));
	const findings = runRule(rule, { swagger, previous: { swagger: previous } });
	assert.deepEqual(summarize(findings), [
		{
			ruleId: 'breaking-input-enum-changed',
			file: 'swagger',
			message: "The list of enum values has been added to the input field (input field 'body/currency' of CreateInvoice).",
			range: rangeOf(swagger, '"schema"'),
			jsonPointer: '/paths/~1invoices/post/parameters/0/schema',
		},
	]);
	assert.equal(findings[0].data?.valuePath, 'operation/CreateInvoice/parameter/body/schema/currency');
});

test('breaking-input-enum-changed fires on values removed from the item list of an array parameter', () => {
	const statuses = { name: 'statuses', in: 'query', type: 'array', collectionFormat: 'csv', items: { type: 'string', enum: ['open', 'paid', 'void'] } };
	const previous = swaggerWith({ '/invoices': { get: listWith([statuses]) } });
	const swagger = textOf(swaggerWith({ '/invoices': { get: listWith([{ ...statuses, items: { type: 'string', enum: ['open', 'paid'] } }]) } }));
	const findings = runRule(rule, { swagger, previous: { swagger: previous } });
	assert.deepEqual(
		findings.map((f) => ({ message: f.message, jsonPointer: f.jsonPointer, range: f.range, valuePath: f.data?.valuePath })),
		[
			{
				message: "Enum values have been removed from the input field: 'void' (parameter 'statuses' of ListInvoices).",
				jsonPointer: '/paths/~1invoices/get/parameters/0/items/enum',
				range: rangeOf(swagger, enumText(swagger)),
				valuePath: 'operation/ListInvoices/parameter/statuses',
			},
		],
	);
});

test('breaking-input-enum-changed does not fire on values added to a list, a reordered list, a removed list, text edits or new inputs', () => {
	const previous = swaggerWith({
		'/invoices': {
			get: listWith([{ ...status, enum: ['open', 'paid'] }, { name: 'sort', in: 'query', type: 'string', enum: ['asc', 'desc'] }, { name: 'currency', in: 'query', type: 'string', enum: ['EUR', 'USD'] }]),
			post: createWith({ type: 'object', properties: { unit: { type: 'string', enum: ['days'] } } }),
		},
	});
	const swagger = swaggerWith({
		'/invoices': {
			get: listWith([
				{ ...status, enum: ['open', 'paid', 'void'], description: 'The status to filter on.' },
				{ name: 'sort', in: 'query', type: 'string', enum: ['desc', 'asc'] },
				{ name: 'currency', in: 'query', type: 'string' },
				{ name: 'kind', in: 'query', type: 'string', enum: ['sale', 'credit'] },
			]),
			post: createWith({ type: 'object', properties: { unit: { type: 'string', enum: ['days', 'weeks'] }, mode: { type: 'string', enum: ['draft'] } } }),
		},
	});
	assert.deepEqual(runRule(rule, { swagger, previous: { swagger: previous } }), []);
});

test('breaking-input-enum-changed does not fire without a previous version', () => {
	const swagger = swaggerWith({ '/invoices': { get: listWith([{ ...status, enum: ['open'] }]) } });
	assert.deepEqual(runRule(rule, { swagger }), []);
});
