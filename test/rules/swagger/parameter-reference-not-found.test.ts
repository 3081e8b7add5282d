import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/swagger/parameter-reference-not-found';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

const shared = { parameters: { top: { name: 'top', in: 'query', type: 'integer' } } };

test('parameter-reference-not-found fires on the $ref value of a dangling parameter reference', () => {
	const swagger = textOf(swaggerWith({ '/invoices': { get: { parameters: [{ $ref: '#/parameters/skip' }], responses: { 200: { description: 'OK' } } } } }, shared));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'parameter-reference-not-found',
			file: 'swagger',
			message: "The parameter reference '#/parameters/skip' could not be found in the swagger document.",
			range: rangeOf(swagger, '"#/parameters/skip"'),
			jsonPointer: '/paths/~1invoices/get/parameters/0/$ref',
		},
	]);
});

test('parameter-reference-not-found checks path-level parameter lists too', () => {
	const swagger = textOf(swaggerWith({ '/invoices/{id}': { parameters: [{ $ref: '#/parameters/id' }], get: { responses: { 200: { description: 'OK' } } } } }, shared));
	assert.deepEqual(summarize(runRule(rule, { swagger })).map((f) => f.jsonPointer), ['/paths/~1invoices~1{id}/parameters/0/$ref']);
});

test('parameter-reference-not-found does not fire on an existing shared parameter', () => {
	const swagger = swaggerWith({ '/invoices': { get: { parameters: [{ $ref: '#/parameters/top' }], responses: { 200: { description: 'OK' } } } } }, shared);
	assert.deepEqual(runRule(rule, { swagger }), []);
});

test('parameter-reference-not-found checks the parameter references of x-ms-notification-content', () => {
	const swagger = swaggerWith({ '/hooks': { 'x-ms-notification-content': { parameters: [{ $ref: '#/parameters/Missing' }] }, post: { operationId: 'OnEvent', responses: { 201: { description: 'Created' } } } } });
	assert.deepEqual(runRule(rule, { swagger }).map((f) => f.jsonPointer), ['/paths/~1hooks/x-ms-notification-content/parameters/0/$ref']);
});
