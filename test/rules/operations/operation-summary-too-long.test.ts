import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/operations/operation-summary-too-long';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

const long = 'A'.repeat(120);
const ok = { 200: { description: 'OK' } };

test('operation-summary-too-long fires on a summary of 120 characters', () => {
	const swagger = textOf(swaggerWith({ '/a': { get: { operationId: 'A', summary: long, responses: ok } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'operation-summary-too-long', file: 'swagger', message: "The operation 'summary' should be fewer than 120 characters for improved readablity.", range: rangeOf(swagger, `"${long}"`), jsonPointer: '/paths/~1a/get/summary' },
	]);
});

test('operation-summary-too-long honours the maxLength option', () => {
	const swagger = textOf(swaggerWith({ '/a': { get: { operationId: 'A', summary: 'List invoices', responses: ok } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger }, { options: { maxLength: 10 } })).map((f) => f.message), ["The operation 'summary' should be fewer than 10 characters for improved readablity."]);
});

test('operation-summary-too-long does not fire on a summary of 119 characters', () => {
	const swagger = swaggerWith({ '/a': { get: { operationId: 'A', summary: 'A'.repeat(119), responses: ok } } });
	assert.deepEqual(runRule(rule, { swagger }), []);
});
