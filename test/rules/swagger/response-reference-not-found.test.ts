import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/swagger/response-reference-not-found';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

const shared = { responses: { NotFound: { description: 'Not found' } } };

test('response-reference-not-found fires on the $ref value of a dangling response reference', () => {
	const swagger = textOf(swaggerWith({ '/invoices': { get: { responses: { 200: { description: 'OK' }, 404: { $ref: '#/responses/Missing' } } } } }, shared));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'response-reference-not-found',
			file: 'swagger',
			message: "The response reference '#/responses/Missing' could not be found in the swagger document.",
			range: rangeOf(swagger, '"#/responses/Missing"'),
			jsonPointer: '/paths/~1invoices/get/responses/404/$ref',
		},
	]);
});

test('response-reference-not-found does not fire on an existing shared response', () => {
	const swagger = swaggerWith({ '/invoices': { get: { responses: { 200: { description: 'OK' }, 404: { $ref: '#/responses/NotFound' } } } } }, shared);
	assert.deepEqual(runRule(rule, { swagger }), []);
});
