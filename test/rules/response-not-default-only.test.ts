import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import rule from '../../server/src/rules/response-not-default-only';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../helpers/ruleTester';

test("response-not-default-only fires on the 'default' key when it is the only response", () => {
	const swagger = textOf(swaggerWith({ '/a': { get: { operationId: 'GetA', summary: 'Get A', responses: { default: { description: 'OK', schema: { type: 'string' } } } } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'response-not-default-only', file: 'swagger', message: "The operation 'GetA' has only a 'default' response; define its success response (such as '200') instead.", range: rangeOf(swagger, '"default"'), jsonPointer: '/paths/~1a/get/responses/default' },
	]);
});

test('response-not-default-only does not fire when a status code is defined', () => {
	const swagger = swaggerWith({ '/a': { get: { responses: { 200: { description: 'OK' }, default: { description: 'Error' } } } } });
	assert.deepEqual(runRule(rule, { swagger }), []);
});

test('response-not-default-only flags the corpus pair before the fix and not after (Impexium, pair 07)', () => {
	const dir = '/work/shared/corpus/pairs/07-Impexium';
	assert.equal(runRule(rule, { swagger: readFileSync(`${dir}/before.json`, 'utf8') }).length, 11);
	assert.deepEqual(runRule(rule, { swagger: readFileSync(`${dir}/after.json`, 'utf8') }), []);
});
