import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/changes/breaking-trigger-changed';
import { changeData, rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

const ok = { 200: { description: 'OK', schema: { type: 'object', properties: { id: { type: 'string' } } } } };
const items = (trigger: string | undefined, extra: object = {}) =>
	swaggerWith({ '/items': { get: { operationId: 'OnNewItems', summary: 'When items are created', ...(trigger ? { 'x-ms-trigger': trigger } : {}), responses: ok, ...extra } } });

test('breaking-trigger-changed fires on a single trigger that became a batch trigger, at x-ms-trigger', () => {
	const swagger = textOf(items('batch'));
	const findings = runRule(rule, { swagger, previous: { swagger: items('single') } });
	assert.deepEqual(summarize(findings), [
		{
			ruleId: 'breaking-trigger-changed',
			file: 'swagger',
			message: "The operation has been changed from a 'single' trigger to a 'batch' trigger (operation OnNewItems).",
			range: rangeOf(swagger, '"x-ms-trigger"'),
			jsonPointer: '/paths/~1items/get/x-ms-trigger',
		},
	]);
	assert.deepEqual(changeData(findings[0]), { valuePath: 'operation/OnNewItems', operationId: 'OnNewItems', before: 'single', after: 'batch' });
});

test('breaking-trigger-changed fires on a trigger that became an action, at the operation', () => {
	const swagger = textOf(items(undefined));
	const findings = runRule(rule, { swagger, previous: { swagger: items('single') } });
	assert.deepEqual(summarize(findings), [
		{
			ruleId: 'breaking-trigger-changed',
			file: 'swagger',
			message: "The operation has been changed from a 'single' trigger to an action (operation OnNewItems).",
			range: rangeOf(swagger, '"get"'),
			jsonPointer: '/paths/~1items/get',
		},
	]);
	assert.deepEqual(changeData(findings[0]), { valuePath: 'operation/OnNewItems', operationId: 'OnNewItems', before: 'single', after: null });
});

test('breaking-trigger-changed fires on an action that became a trigger', () => {
	const swagger = textOf(items('batch'));
	const findings = runRule(rule, { swagger, previous: { swagger: items(undefined) } });
	assert.deepEqual(summarize(findings), [
		{
			ruleId: 'breaking-trigger-changed',
			file: 'swagger',
			message: "The operation has been changed from an action to a 'batch' trigger (operation OnNewItems).",
			range: rangeOf(swagger, '"x-ms-trigger"'),
			jsonPointer: '/paths/~1items/get/x-ms-trigger',
		},
	]);
	assert.deepEqual(changeData(findings[0]), { valuePath: 'operation/OnNewItems', operationId: 'OnNewItems', before: null, after: 'batch' });
});

test('breaking-trigger-changed does not fire on an unchanged trigger, description edits or added triggers', () => {
	const previous = items('single');
	const swagger = swaggerWith({
		'/items': { get: { operationId: 'OnNewItems', summary: 'When new items are created', description: 'Fires on each new item.', 'x-ms-trigger': 'single', 'x-ms-trigger-hint': 'Create an item.', responses: ok } },
		'/updated': { get: { operationId: 'OnUpdatedItems', summary: 'When items are updated', 'x-ms-trigger': 'batch', responses: ok } },
	});
	assert.deepEqual(runRule(rule, { swagger, previous: { swagger: previous } }), []);
});

test('breaking-trigger-changed leaves a deleted operation to breaking-operation-deleted', () => {
	const swagger = swaggerWith({ '/other': { get: { operationId: 'GetOther', summary: 'Get other', responses: ok } } });
	assert.deepEqual(runRule(rule, { swagger, previous: { swagger: items('single') } }), []);
});

test('breaking-trigger-changed does not fire without a previous version', () => {
	const swagger = items('single');
	assert.deepEqual(runRule(rule, { swagger }), []);
	assert.deepEqual(runRule(rule, { swagger, previous: {} }), []);
});
