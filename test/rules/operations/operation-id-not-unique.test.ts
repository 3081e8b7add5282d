import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/operations/operation-id-not-unique';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

const ok = { 200: { description: 'OK' } };

test('operation-id-not-unique fires on each later use of an operationId, ignoring case', () => {
	const swagger = textOf(
		swaggerWith({
			'/invoices': { get: { operationId: 'GetInvoice', responses: ok }, post: { operationId: 'getinvoice', responses: ok } },
			'/bills': { get: { operationId: 'GetInvoice', responses: ok } },
		}),
	);
	const findings = runRule(rule, { swagger });
	assert.deepEqual(summarize(findings), [
		{ ruleId: 'operation-id-not-unique', file: 'swagger', message: "The operationId 'getinvoice' is used multiple times. Operation identifiers must be unique.", range: rangeOf(swagger, '"getinvoice"'), jsonPointer: '/paths/~1invoices/post/operationId' },
		{ ruleId: 'operation-id-not-unique', file: 'swagger', message: "The operationId 'GetInvoice' is used multiple times. Operation identifiers must be unique.", range: rangeOf(swagger, '"GetInvoice"', 1), jsonPointer: '/paths/~1bills/get/operationId' },
	]);
	assert.equal(findings[0].related?.[0].jsonPointer, '/paths/~1invoices/get/operationId');
});

test('operation-id-not-unique does not fire on distinct operationIds', () => {
	const swagger = swaggerWith({ '/invoices': { get: { operationId: 'ListInvoices', responses: ok }, post: { operationId: 'CreateInvoice', responses: ok } } });
	assert.deepEqual(runRule(rule, { swagger }), []);
});
