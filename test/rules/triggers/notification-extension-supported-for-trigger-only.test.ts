import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/triggers/notification-extension-supported-for-trigger-only';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

test('notification-extension-supported-for-trigger-only fires on x-ms-notification in an action', () => {
	const swagger = textOf(swaggerWith({ '/items': { get: { operationId: 'ListItems', 'x-ms-notification': { operationId: 'Subscribe' }, responses: { '200': { description: 'OK' } } } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'notification-extension-supported-for-trigger-only', file: 'swagger', message: "The 'x-ms-notification' is supported for trigger operations only.", range: rangeOf(swagger, '"x-ms-notification"'), jsonPointer: '/paths/~1items/get/x-ms-notification' },
	]);
});

test('notification-extension-supported-for-trigger-only does not fire on a trigger', () => {
	const swagger = swaggerWith({ '/items': { get: { 'x-ms-trigger': 'batch', 'x-ms-notification': { operationId: 'Subscribe' }, responses: { '200': { description: 'OK' } } } } });
	assert.deepEqual(runRule(rule, { swagger }), []);
});
