import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/dynamic/one-of-properties-required';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

function withField(extensions: object): object {
	return swaggerWith({ '/items': { get: { operationId: 'GetItems', parameters: [{ name: 'list', in: 'query', type: 'string', ...extensions }], responses: { 200: { description: 'OK' } } } } });
}

test('one-of-properties-required fires on x-ms-dynamic-values without operationId, builtInOperation or capability', () => {
	const swagger = textOf(withField({ 'x-ms-dynamic-values': { 'value-path': 'id', parameters: {} } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'one-of-properties-required',
			file: 'swagger',
			message: 'At least one of the properties is required: [operationId, builtInOperation, capability].',
			range: rangeOf(swagger, '"x-ms-dynamic-values"'),
			jsonPointer: '/paths/~1items/get/parameters/0/x-ms-dynamic-values',
		},
	]);
});

test('one-of-properties-required does not fire when a source is given', () => {
	for (const extensions of [
		{ 'x-ms-dynamic-values': { operationId: 'GetLists' } },
		{ 'x-ms-dynamic-values': { capability: 'file-picker' } },
		{ 'x-ms-dynamic-list': { builtInOperation: 'AzureResourceManager.GetSubscriptions' } },
		{ 'x-ms-dynamic-values': 'GetLists' },
	]) {
		assert.deepEqual(runRule(rule, { swagger: withField(extensions) }), []);
	}
});
