import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../server/src/rules/operation-id-sanitized';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../helpers/ruleTester';

const ok = { 200: { description: 'OK' } };

test('operation-id-sanitized fires on an operationId with a hyphen, dot or space', () => {
	const swagger = textOf(swaggerWith({ '/forms': { get: { operationId: 'Form-list.v1', responses: ok } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'operation-id-sanitized',
			file: 'swagger',
			message: "The 'operationId' property value is different from its sanitized value 'Formlistv1'. Please avoid the useage of non-alphanumeric characters to have matching values.",
			range: rangeOf(swagger, '"Form-list.v1"'),
			jsonPointer: '/paths/~1forms/get/operationId',
		},
	]);
});

test('operation-id-sanitized does not fire on letters, digits and underscores', () => {
	const swagger = swaggerWith({ '/forms': { get: { operationId: 'GetItems_V2', responses: ok }, post: { responses: ok } } });
	assert.deepEqual(runRule(rule, { swagger }), []);
});
