import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/triggers/trigger-hint';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

test('trigger-hint fires on a trigger without x-ms-trigger-hint', () => {
	const swagger = textOf(swaggerWith({ '/items': { get: { operationId: 'OnNewItems', 'x-ms-trigger': 'batch', responses: { '200': { description: 'OK' } } } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'trigger-hint', file: 'swagger', message: "The trigger 'OnNewItems' has no 'x-ms-trigger-hint' telling users how to fire it.", range: rangeOf(swagger, '"get"'), jsonPointer: '/paths/~1items/get/x-ms-trigger-hint' },
	]);
});

test('trigger-hint does not fire on a trigger with a hint or on an action', () => {
	const swagger = swaggerWith({
		'/items': { get: { 'x-ms-trigger': 'batch', 'x-ms-trigger-hint': 'To see it work, add an item.', responses: { '200': { description: 'OK' } } } },
		'/all': { get: { responses: { '200': { description: 'OK' } } } },
	});
	assert.deepEqual(runRule(rule, { swagger }), []);
});
