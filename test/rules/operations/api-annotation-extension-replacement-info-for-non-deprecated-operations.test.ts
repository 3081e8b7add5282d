import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/operations/api-annotation-extension-replacement-info-for-non-deprecated-operations';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

const ok = { 200: { description: 'OK' } };
const replacement = { api: 'contoso', operationId: 'GetItems_V2' };

test('api-annotation-extension-replacement-info-for-non-deprecated-operations fires on replacement in a live operation', () => {
	const swagger = textOf(swaggerWith({ '/a': { get: { operationId: 'GetItems', 'x-ms-api-annotation': { replacement }, responses: ok } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'api-annotation-extension-replacement-info-for-non-deprecated-operations',
			file: 'swagger',
			message: "The 'x-ms-api-annotation' extension for operation 'GetItems' is invalid. The replacement property should be specified for deprecated operations only.",
			range: rangeOf(swagger, '"replacement"'),
			jsonPointer: '/paths/~1a/get/x-ms-api-annotation/replacement',
		},
	]);
});

test('api-annotation-extension-replacement-info-for-non-deprecated-operations does not fire on a deprecated operation', () => {
	const swagger = swaggerWith({ '/a': { get: { operationId: 'GetItems', deprecated: true, 'x-ms-api-annotation': { replacement }, responses: ok }, post: { operationId: 'B', responses: ok } } });
	assert.deepEqual(runRule(rule, { swagger }), []);
});
