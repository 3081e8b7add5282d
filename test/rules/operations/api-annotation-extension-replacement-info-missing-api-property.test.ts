import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/operations/api-annotation-extension-replacement-info-missing-api-property';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

const ok = { 200: { description: 'OK' } };

test('api-annotation-extension-replacement-info-missing-api-property fires on the replacement key when api is missing', () => {
	const swagger = textOf(swaggerWith({ '/a': { get: { operationId: 'GetItems', deprecated: true, 'x-ms-api-annotation': { replacement: { operationId: 'GetItems_V2' } }, responses: ok } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'api-annotation-extension-replacement-info-missing-api-property',
			file: 'swagger',
			message: "The 'x-ms-api-annotation' extension for operation 'GetItems' is invalid. The replacement property must specify 'api' property.",
			range: rangeOf(swagger, '"replacement"'),
			jsonPointer: '/paths/~1a/get/x-ms-api-annotation/replacement/api',
		},
	]);
});

test('api-annotation-extension-replacement-info-missing-api-property does not fire on a complete replacement or without one', () => {
	const swagger = swaggerWith({
		'/a': { get: { operationId: 'GetItems', deprecated: true, 'x-ms-api-annotation': { replacement: { api: 'contoso', operationId: 'GetItems_V2' } }, responses: ok } },
		'/b': { get: { operationId: 'GetOther', 'x-ms-api-annotation': { family: 'GetOther', revision: 1 }, responses: ok } },
	});
	assert.deepEqual(runRule(rule, { swagger }), []);
});
