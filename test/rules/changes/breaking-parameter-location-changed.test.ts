import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/changes/breaking-parameter-location-changed';
import { changeData, rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

const ok = { 200: { description: 'OK' } };
const top = { name: 'top', in: 'query', required: false, type: 'integer', 'x-ms-summary': 'Top' };
const id = { name: 'id', in: 'path', required: true, type: 'string', 'x-ms-summary': 'Invoice ID' };
const listWith = (parameters: object[]) => ({ operationId: 'ListInvoices', summary: 'List invoices', parameters, responses: ok });

test('breaking-parameter-location-changed fires on a parameter moved from the query to a header, at its in', () => {
	const previous = swaggerWith({ '/invoices': { get: listWith([top]) } });
	const swagger = textOf(swaggerWith({ '/invoices': { get: listWith([{ ...top, in: 'header' }]) } }));
	const findings = runRule(rule, { swagger, previous: { swagger: previous } });
	assert.deepEqual(summarize(findings), [
		{
			ruleId: 'breaking-parameter-location-changed',
			file: 'swagger',
			message: "The location has been changed for the parameter, from 'query' to 'header' (parameter 'top' of ListInvoices).",
			range: rangeOf(swagger, '"header"'),
			jsonPointer: '/paths/~1invoices/get/parameters/0/in',
		},
	]);
	assert.deepEqual(changeData(findings[0]), { valuePath: 'operation/ListInvoices/parameter/top', operationId: 'ListInvoices', before: 'query', after: 'header' });
});

test('breaking-parameter-location-changed fires on a path parameter moved to the query', () => {
	const previous = swaggerWith({ '/invoices/{id}': { get: { operationId: 'GetInvoice', parameters: [id], responses: ok } } });
	const swagger = textOf(swaggerWith({ '/invoices': { get: { operationId: 'GetInvoice', parameters: [{ ...id, in: 'query' }], responses: ok } } }));
	const findings = runRule(rule, { swagger, previous: { swagger: previous } });
	assert.deepEqual(summarize(findings), [
		{
			ruleId: 'breaking-parameter-location-changed',
			file: 'swagger',
			message: "The location has been changed for the parameter, from 'path' to 'query' (parameter 'id' of GetInvoice).",
			range: rangeOf(swagger, '"query"'),
			jsonPointer: '/paths/~1invoices/get/parameters/0/in',
		},
	]);
	assert.equal(findings[0].data?.valuePath, 'operation/GetInvoice/parameter/id');
});

test('breaking-parameter-location-changed reports a parameter reached through a $ref at the $ref on the operation', () => {
	const previous = swaggerWith({ '/invoices': { get: listWith([{ $ref: '#/parameters/top' }]) } }, { parameters: { top } });
	const swagger = textOf(swaggerWith({ '/invoices': { get: listWith([{ $ref: '#/parameters/top' }]) } }, { parameters: { top: { ...top, in: 'header' } } }));
	const findings = runRule(rule, { swagger, previous: { swagger: previous } });
	const refObject = swagger.slice(swagger.lastIndexOf('{', swagger.indexOf('"$ref"')), swagger.indexOf('}', swagger.indexOf('"$ref"')) + 1);
	assert.deepEqual(summarize(findings), [
		{
			ruleId: 'breaking-parameter-location-changed',
			file: 'swagger',
			message: "The location has been changed for the parameter, from 'query' to 'header' (parameter 'top' of ListInvoices).",
			range: rangeOf(swagger, refObject),
			jsonPointer: '/paths/~1invoices/get/parameters/0',
		},
	]);
	assert.equal(findings[0].data?.valuePath, 'operation/ListInvoices/parameter/top');
});

test('breaking-parameter-location-changed reports a changed path-level parameter at its in, once per operation', () => {
	const previous = swaggerWith({ '/invoices': { parameters: [top], get: listWith([]), head: { operationId: 'CountInvoices', responses: ok } } });
	const swagger = textOf(swaggerWith({ '/invoices': { parameters: [{ ...top, in: 'header' }], get: listWith([]), head: { operationId: 'CountInvoices', responses: ok } } }));
	const findings = runRule(rule, { swagger, previous: { swagger: previous } });
	assert.deepEqual(
		findings.map((f) => ({ message: f.message, jsonPointer: f.jsonPointer, range: f.range, valuePath: f.data?.valuePath })),
		[
			{
				message: "The location has been changed for the parameter, from 'query' to 'header' (parameter 'top' of ListInvoices).",
				jsonPointer: '/paths/~1invoices/parameters/0/in',
				range: rangeOf(swagger, '"header"'),
				valuePath: 'operation/ListInvoices/parameter/top',
			},
			{
				message: "The location has been changed for the parameter, from 'query' to 'header' (parameter 'top' of CountInvoices).",
				jsonPointer: '/paths/~1invoices/parameters/0/in',
				range: rangeOf(swagger, '"header"'),
				valuePath: 'operation/CountInvoices/parameter/top',
			},
		],
	);
});

test('breaking-parameter-location-changed fires on a query parameter that became the body', () => {
	const previous = swaggerWith({ '/invoices': { post: { operationId: 'CreateInvoice', parameters: [{ name: 'amount', in: 'query', type: 'number' }], responses: ok } } });
	const swagger = textOf(swaggerWith({ '/invoices': { post: { operationId: 'CreateInvoice', parameters: [{ name: 'amount', in: 'body', schema: { type: 'number' } }], responses: ok } } }));
	const findings = runRule(rule, { swagger, previous: { swagger: previous } });
	assert.deepEqual(
		findings.map((f) => ({ message: f.message, jsonPointer: f.jsonPointer, range: f.range, valuePath: f.data?.valuePath })),
		[
			{
				message: "The location has been changed for the parameter, from 'query' to 'body' (parameter 'amount' of CreateInvoice).",
				jsonPointer: '/paths/~1invoices/post/parameters/0/in',
				range: rangeOf(swagger, '"body"'),
				valuePath: 'operation/CreateInvoice/parameter/amount',
			},
		],
	);
});

test('breaking-parameter-location-changed does not fire on an unchanged location, text edits, a parameter moved to the path item or into a shared parameter', () => {
	const previous = swaggerWith({ '/invoices': { get: listWith([top, { name: 'filter', in: 'query', type: 'string' }]) } });
	const swagger = swaggerWith(
		{ '/invoices': { parameters: [{ ...top, description: 'How many invoices to return.' }], get: listWith([{ $ref: '#/parameters/filter' }, { name: 'skip', in: 'header', type: 'integer' }]) } },
		{ parameters: { filter: { name: 'filter', in: 'query', type: 'string', 'x-ms-summary': 'Filter' } } },
	);
	assert.deepEqual(runRule(rule, { swagger, previous: { swagger: previous } }), []);
});

test('breaking-parameter-location-changed leaves a renamed or deleted parameter to breaking-parameter-deleted', () => {
	const previous = swaggerWith({ '/invoices': { get: listWith([top, { name: 'filter', in: 'query', type: 'string' }]) } });
	const swagger = swaggerWith({ '/invoices': { get: listWith([{ ...top, name: 'limit', in: 'header' }]) } });
	assert.deepEqual(runRule(rule, { swagger, previous: { swagger: previous } }), []);
});

test('breaking-parameter-location-changed does not fire when two parameters sharing a name in different places are reordered', () => {
	const header = { name: 'id', in: 'header', required: false, type: 'string', 'x-ms-summary': 'Request ID' };
	const getWith = (parameters: object[]) => ({ '/invoices/{id}': { get: { operationId: 'GetInvoice', parameters, responses: ok } } });
	const previous = swaggerWith(getWith([id, header]));
	const swagger = swaggerWith(getWith([header, id]));
	assert.deepEqual(runRule(rule, { swagger, previous: { swagger: previous } }), []);
});

test('breaking-parameter-location-changed does not fire without a previous version', () => {
	const swagger = swaggerWith({ '/invoices': { get: listWith([top]) } });
	assert.deepEqual(runRule(rule, { swagger }), []);
});
