import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/operations/operation-id-too-long';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

const ok = { 200: { description: 'OK' } };
const swagger = textOf(swaggerWith({ '/a': { get: { operationId: 'ListAllTheInvoices', responses: ok }, post: { operationId: 'Create', responses: ok } } }));

test('operation-id-too-long fires on an operationId as long as the configured limit', () => {
	assert.deepEqual(summarize(runRule(rule, { swagger }, { options: { maxLength: 18 } })), [
		{ ruleId: 'operation-id-too-long', file: 'swagger', message: "The operationId length must be less than '18'.", range: rangeOf(swagger, '"ListAllTheInvoices"'), jsonPointer: '/paths/~1a/get/operationId' },
	]);
});

test('operation-id-too-long is off by default and quiet under the limit', () => {
	assert.deepEqual(runRule(rule, { swagger }), []);
	assert.deepEqual(runRule(rule, { swagger }, { options: { maxLength: 19 } }), []);
});
