import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../server/src/rules/op-visibility-set';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../helpers/ruleTester';

test('op-visibility-set fires on the operation key when x-ms-visibility is missing', () => {
	const swagger = textOf(swaggerWith({ '/invoices': { get: { summary: 'List invoices', 'x-ms-visibility': 'important', responses: {} }, delete: { summary: 'Delete invoices', responses: {} } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'op-visibility-set',
			file: 'swagger',
			message: 'The operation does not set "x-ms-visibility": choose important, advanced or internal.',
			range: rangeOf(swagger, '"delete"'),
			jsonPointer: '/paths/~1invoices/delete/x-ms-visibility',
		},
	]);
});

test('op-visibility-set does not fire when every operation sets x-ms-visibility (its value is visibility-enum\'s business)', () => {
	const swagger = swaggerWith({ '/invoices': { get: { 'x-ms-visibility': 'advanced', responses: {} }, post: { 'x-ms-visibility': 'none', responses: {} } } });
	assert.deepEqual(runRule(rule, { swagger }), []);
});
