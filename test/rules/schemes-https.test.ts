import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../server/src/rules/schemes-https';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../helpers/ruleTester';

const MESSAGE = "The scheme 'http' should be 'https': the connector should reach its service over HTTPS only.";

test('schemes-https fires on http at the root and on an operation', () => {
	const swagger = textOf(swaggerWith({ '/a': { get: { schemes: ['http'], responses: { 200: { description: 'OK' } } } } }, { schemes: ['https', 'http'] }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'schemes-https', file: 'swagger', message: MESSAGE, range: rangeOf(swagger, '"http"', 0), jsonPointer: '/schemes/1' },
		{ ruleId: 'schemes-https', file: 'swagger', message: MESSAGE, range: rangeOf(swagger, '"http"', 1), jsonPointer: '/paths/~1a/get/schemes/0' },
	]);
});

test('schemes-https does not fire on https', () => {
	assert.deepEqual(runRule(rule, { swagger: swaggerWith({}, { schemes: ['https'] }) }), []);
});
