import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import rule from '../../../server/src/rules/content/response-not-default-only';
import { applyFix, rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';
import { upstreamPair } from '../../helpers/upstream';

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
	const dir = upstreamPair('07-Impexium');
	assert.equal(runRule(rule, { swagger: readFileSync(`${dir}/before.json`, 'utf8') }).length, 11);
	assert.deepEqual(runRule(rule, { swagger: readFileSync(`${dir}/after.json`, 'utf8') }), []);
});

test('response-not-default-only fix adds a "200" response with a schema stub before default', () => {
	const swagger = textOf(swaggerWith({ '/a': { get: { summary: 'List', responses: { default: { description: 'Error' } } } } }));
	const [finding] = runRule(rule, { swagger });
	const fixed = applyFix(rule, finding, { swagger });
	assert.equal(fixed.title, 'Add a "200" response');
	assert.equal(
		fixed.text,
		swagger.replace(
			'"responses": {\n',
			'"responses": {\n          "200": {\n            "description": "OK",\n            "schema": {\n              "type": "object",\n              "properties": {}\n            }\n          },\n',
		),
	);
	assert.deepEqual(runRule(rule, { swagger: fixed.text }), []);
});
