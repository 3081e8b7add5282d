import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/changes/breaking-operation-deleted';
import { applyFix, rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

const ok = { 200: { description: 'OK' } };
const list = { operationId: 'ListInvoices', summary: 'List invoices', responses: ok };
const create = { operationId: 'CreateInvoice', summary: 'Create an invoice', responses: ok };
const listBills = { operationId: 'ListBills', summary: 'List bills', responses: ok };

test('breaking-operation-deleted fires on a deleted operation, at the path item that still exists', () => {
	const previous = swaggerWith({ '/invoices': { get: list, post: create } });
	const swagger = textOf(swaggerWith({ '/invoices': { get: list } }));
	const findings = runRule(rule, { swagger, previous: { swagger: previous } });
	assert.deepEqual(summarize(findings), [
		{
			ruleId: 'breaking-operation-deleted',
			file: 'swagger',
			message: 'The operation has been deleted. This change breaks existing flows (operation CreateInvoice, POST /invoices).',
			range: rangeOf(swagger, '"/invoices"'),
			jsonPointer: '/paths/~1invoices',
		},
	]);
	assert.equal(findings[0].data?.valuePath, 'operation/CreateInvoice');
	assert.equal(findings[0].data?.operationId, 'CreateInvoice');
});

test('breaking-operation-deleted reports an operation whose whole path is gone at paths', () => {
	const previous = swaggerWith({ '/invoices': { get: list }, '/bills': { get: listBills } });
	const swagger = textOf(swaggerWith({ '/invoices': { get: list } }));
	const findings = runRule(rule, { swagger, previous: { swagger: previous } });
	assert.deepEqual(summarize(findings), [
		{
			ruleId: 'breaking-operation-deleted',
			file: 'swagger',
			message: 'The operation has been deleted. This change breaks existing flows (operation ListBills, GET /bills).',
			range: rangeOf(swagger, '"paths"'),
			jsonPointer: '/paths',
		},
	]);
	assert.equal(findings[0].data?.valuePath, 'operation/ListBills');
});

test('breaking-operation-deleted treats an operationId renamed on the same path and method as a deletion', () => {
	const previous = swaggerWith({ '/invoices': { get: list } });
	const swagger = textOf(swaggerWith({ '/invoices': { get: { ...list, operationId: 'GetInvoices' } } }));
	const findings = runRule(rule, { swagger, previous: { swagger: previous } });
	assert.deepEqual(summarize(findings), [
		{
			ruleId: 'breaking-operation-deleted',
			file: 'swagger',
			message: 'The operation has been deleted. This change breaks existing flows (operation ListInvoices, GET /invoices).',
			range: rangeOf(swagger, '"get"'),
			jsonPointer: '/paths/~1invoices/get',
		},
	]);
	assert.equal(findings[0].data?.valuePath, 'operation/ListInvoices');
});

test('breaking-operation-deleted treats an operationId whose case changed as a deletion', () => {
	const previous = swaggerWith({ '/invoices': { get: list } });
	const swagger = textOf(swaggerWith({ '/invoices': { get: { ...list, operationId: 'listInvoices' } } }));
	const findings = runRule(rule, { swagger, previous: { swagger: previous } });
	assert.deepEqual(
		findings.map((f) => ({ jsonPointer: f.jsonPointer, valuePath: f.data?.valuePath })),
		[{ jsonPointer: '/paths/~1invoices/get', valuePath: 'operation/ListInvoices' }],
	);
});

test('breaking-operation-deleted reports each deleted operation of a path once', () => {
	const previous = swaggerWith({ '/invoices': { get: list, post: create }, '/bills': { get: listBills } });
	const swagger = textOf(swaggerWith({ '/bills': { get: listBills } }));
	const findings = runRule(rule, { swagger, previous: { swagger: previous } });
	assert.deepEqual(
		findings.map((f) => ({ jsonPointer: f.jsonPointer, range: f.range, valuePath: f.data?.valuePath })),
		[
			{ jsonPointer: '/paths', range: rangeOf(swagger, '"paths"'), valuePath: 'operation/ListInvoices' },
			{ jsonPointer: '/paths', range: rangeOf(swagger, '"paths"'), valuePath: 'operation/CreateInvoice' },
		],
	);
});

test('breaking-operation-deleted does not fire on added operations, text edits or an operation moved to another path', () => {
	const previous = swaggerWith({ '/invoices': { get: list, post: create } });
	const swagger = swaggerWith({
		'/invoices': { get: { ...list, summary: 'List all invoices', description: 'Lists the invoices.' } },
		'/invoices/new': { post: create },
		'/bills': { get: listBills, delete: { operationId: 'DeleteBills', deprecated: true, responses: ok } },
	});
	assert.deepEqual(runRule(rule, { swagger, previous: { swagger: previous } }), []);
});

test('breaking-operation-deleted does not fire on a deprecated operation that is kept', () => {
	const previous = swaggerWith({ '/invoices': { get: list } });
	const swagger = swaggerWith({ '/invoices': { get: { ...list, deprecated: true } } });
	assert.deepEqual(runRule(rule, { swagger, previous: { swagger: previous } }), []);
});

test('breaking-operation-deleted ignores operations without an operationId in the previous version', () => {
	const previous = swaggerWith({ '/invoices': { get: list, post: { summary: 'Create an invoice', responses: ok } } });
	const swagger = swaggerWith({ '/invoices': { get: list } });
	assert.deepEqual(runRule(rule, { swagger, previous: { swagger: previous } }), []);
});

test('breaking-operation-deleted does not fire without a previous version', () => {
	const swagger = swaggerWith({ '/invoices': { get: list } });
	assert.deepEqual(runRule(rule, { swagger }), []);
	assert.deepEqual(runRule(rule, { swagger, previous: {} }), []);
});

test('breaking-operation-deleted offers to keep the operation, deprecated and internal, which the check then accepts', () => {
	const previous = swaggerWith({ '/invoices': { get: list, post: create } });
	const swagger = textOf(swaggerWith({ '/invoices': { get: list } }));
	const [finding] = runRule(rule, { swagger, previous: { swagger: previous } });
	const fixed = applyFix(rule, finding, { swagger });
	assert.equal(fixed.title, 'Keep CreateInvoice as a deprecated operation');
	assert.deepEqual(JSON.parse(fixed.text).paths['/invoices'].post, { ...create, summary: 'Create an invoice (deprecated)', deprecated: true, 'x-ms-visibility': 'internal' });
	assert.deepEqual(runRule(rule, { swagger: fixed.text, previous: { swagger: previous } }), []);
	// A whole path gone comes back with its operation.
	const withoutPath = textOf(swaggerWith({ '/bills': { get: listBills } }));
	const [gone] = runRule(rule, { swagger: withoutPath, previous: { swagger: swaggerWith({ '/bills': { get: listBills }, '/invoices': { post: create } }) } });
	assert.equal(JSON.parse(applyFix(rule, gone, { swagger: withoutPath }).text).paths['/invoices'].post.deprecated, true);
});
