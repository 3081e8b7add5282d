import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/operations/operation-id-sanitized';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

const ok = { 200: { description: 'OK' } };

test('operation-id-sanitized fires on an operationId with a dot or space, keeping hyphens in the sanitized value', () => {
	const swagger = textOf(swaggerWith({ '/forms': { get: { operationId: 'Form-list.v1 beta', responses: ok } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'operation-id-sanitized',
			file: 'swagger',
			message: "The 'operationId' property value is different from its sanitized value 'Form-listv1beta'. Please avoid the useage of non-alphanumeric characters to have matching values.",
			range: rangeOf(swagger, '"Form-list.v1 beta"'),
			jsonPointer: '/paths/~1forms/get/operationId',
		},
	]);
});

test('operation-id-sanitized does not fire on letters, digits, underscores and hyphens (accepted upstream 2021-2024)', () => {
	const swagger = swaggerWith({ '/forms': { get: { operationId: 'GetItems_V2', responses: ok }, put: { operationId: 'Portal-CreateSigning', responses: ok }, post: { responses: ok } } });
	assert.deepEqual(runRule(rule, { swagger }), []);
});
