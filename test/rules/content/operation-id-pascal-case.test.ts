import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/content/operation-id-pascal-case';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

const doc = (...ids: string[]) => textOf(swaggerWith(Object.fromEntries(ids.map((operationId, i) => [`/p${i}`, { get: { operationId, summary: 'Get item', responses: {} } }]))));

test('operation-id-pascal-case fires on camelCase, hyphens and underscores, with a suggestion', () => {
	const swagger = doc('getMessages', 'Get-Messages', 'Get_Messages');
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'operation-id-pascal-case', file: 'swagger', message: "The operationId 'getMessages' should be in PascalCase without hyphens or underscores (for example 'GetMessages').", range: rangeOf(swagger, '"getMessages"'), jsonPointer: '/paths/~1p0/get/operationId' },
		{ ruleId: 'operation-id-pascal-case', file: 'swagger', message: "The operationId 'Get-Messages' should be in PascalCase without hyphens or underscores (for example 'GetMessages').", range: rangeOf(swagger, '"Get-Messages"'), jsonPointer: '/paths/~1p1/get/operationId' },
		{ ruleId: 'operation-id-pascal-case', file: 'swagger', message: "The operationId 'Get_Messages' should be in PascalCase without hyphens or underscores (for example 'GetMessages').", range: rangeOf(swagger, '"Get_Messages"'), jsonPointer: '/paths/~1p2/get/operationId' },
	]);
});

test('operation-id-pascal-case accepts the _V2 revision suffix unless the option turns it off', () => {
	assert.deepEqual(runRule(rule, { swagger: doc('GetItems', 'GetItems_V2') }), []);
	assert.deepEqual(summarize(runRule(rule, { swagger: doc('GetItems_V2') }, { options: { allowRevisionSuffix: false } })).map((f) => f.message), [
		"The operationId 'GetItems_V2' should be in PascalCase without hyphens or underscores (for example 'GetItemsV2').",
	]);
});
