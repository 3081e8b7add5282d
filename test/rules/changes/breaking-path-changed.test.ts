import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/changes/breaking-path-changed';
import { changeData, rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

const ok = { 200: { description: 'OK' } };
const idParameter = { name: 'id', in: 'path', required: true, type: 'string' };
const getInvoice = { operationId: 'GetInvoice', summary: 'Get an invoice', parameters: [idParameter], responses: ok };
const list = { operationId: 'ListInvoices', summary: 'List invoices', responses: ok };

test('breaking-path-changed fires on a changed path template, at the new path key', () => {
	const previous = swaggerWith({ '/invoices': { get: list }, '/invoices/{id}': { get: getInvoice } });
	const swagger = textOf(swaggerWith({ '/invoices': { get: list }, '/bills/{id}': { get: getInvoice } }));
	const findings = runRule(rule, { swagger, previous: { swagger: previous } });
	assert.deepEqual(summarize(findings), [
		{
			ruleId: 'breaking-path-changed',
			file: 'swagger',
			message: 'The path template has been changed for the operation (operation GetInvoice, was GET /invoices/{id}).',
			range: rangeOf(swagger, '"/bills/{id}"'),
			jsonPointer: '/paths/~1bills~1{id}',
		},
	]);
	assert.deepEqual(changeData(findings[0]), { valuePath: 'operation/GetInvoice', operationId: 'GetInvoice', before: '/invoices/{id}', after: '/bills/{id}' });
});

test('breaking-path-changed fires on a changed method, at the new method key', () => {
	const previous = swaggerWith({ '/invoices': { get: list } });
	const swagger = textOf(swaggerWith({ '/invoices': { post: list } }));
	const findings = runRule(rule, { swagger, previous: { swagger: previous } });
	assert.deepEqual(summarize(findings), [
		{
			ruleId: 'breaking-path-changed',
			file: 'swagger',
			message: 'The method has been changed for the operation (operation ListInvoices, was GET /invoices).',
			range: rangeOf(swagger, '"post"'),
			jsonPointer: '/paths/~1invoices/post',
		},
	]);
	assert.deepEqual(changeData(findings[0]), { valuePath: 'operation/ListInvoices', operationId: 'ListInvoices', before: 'get', after: 'post' });
});

test('breaking-path-changed reports a changed path template and a changed method separately', () => {
	const previous = swaggerWith({ '/invoices': { get: list } });
	const swagger = textOf(swaggerWith({ '/invoices/search': { post: list } }));
	const findings = runRule(rule, { swagger, previous: { swagger: previous } });
	assert.deepEqual(summarize(findings), [
		{
			ruleId: 'breaking-path-changed',
			file: 'swagger',
			message: 'The path template has been changed for the operation (operation ListInvoices, was GET /invoices).',
			range: rangeOf(swagger, '"/invoices/search"'),
			jsonPointer: '/paths/~1invoices~1search',
		},
		{
			ruleId: 'breaking-path-changed',
			file: 'swagger',
			message: 'The method has been changed for the operation (operation ListInvoices, was GET /invoices).',
			range: rangeOf(swagger, '"post"'),
			jsonPointer: '/paths/~1invoices~1search/post',
		},
	]);
	assert.deepEqual(
		findings.map((f) => f.data?.valuePath),
		['operation/ListInvoices', 'operation/ListInvoices'],
	);
});

test('breaking-path-changed does not fire on added operations, text edits, reordered paths or an added path', () => {
	const previous = swaggerWith({ '/invoices': { get: list }, '/invoices/{id}': { get: getInvoice } });
	const swagger = swaggerWith({
		'/invoices/{id}': { get: { ...getInvoice, summary: 'Get one invoice', description: 'Gets an invoice by its id.' }, delete: { operationId: 'DeleteInvoice', parameters: [idParameter], responses: ok } },
		'/invoices': { get: list, post: { operationId: 'CreateInvoice', responses: ok } },
		'/bills': { get: { operationId: 'ListBills', responses: ok } },
	});
	assert.deepEqual(runRule(rule, { swagger, previous: { swagger: previous } }), []);
});

test('breaking-path-changed leaves deleted and renamed operations to breaking-operation-deleted', () => {
	const previous = swaggerWith({ '/invoices': { get: list }, '/invoices/{id}': { get: getInvoice } });
	const swagger = swaggerWith({ '/invoices': { get: { ...list, operationId: 'ListAllInvoices' } } });
	assert.deepEqual(runRule(rule, { swagger, previous: { swagger: previous } }), []);
});

test('breaking-path-changed does not fire without a previous version', () => {
	const swagger = swaggerWith({ '/invoices': { get: list } });
	assert.deepEqual(runRule(rule, { swagger }), []);
});
