import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/triggers/trigger-summary-pattern';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

test('trigger-summary-pattern fires on a trigger summary that does not start with When', () => {
	const swagger = textOf(swaggerWith({ '/items': { get: { summary: 'New item added', 'x-ms-trigger': 'batch', responses: { '200': { description: 'OK' } } } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'trigger-summary-pattern', file: 'swagger', message: 'A trigger summary should start with "When", e.g. "When a task is created" (operation GET /items).', range: rangeOf(swagger, '"New item added"'), jsonPointer: '/paths/~1items/get/summary' },
	]);
});

test('trigger-summary-pattern does not fire on "When …" triggers or on actions', () => {
	const swagger = swaggerWith({
		'/items': { get: { summary: 'When an item is added', 'x-ms-trigger': 'batch', responses: { '200': { description: 'OK' } } } },
		'/all': { get: { summary: 'List items', responses: { '200': { description: 'OK' } } } },
	});
	assert.deepEqual(runRule(rule, { swagger }), []);
});
