import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/operations/operation-status-ahead-of-connector';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

const ok = { 200: { description: 'OK' } };
const paths = { '/a': { get: { operationId: 'ListFolder', 'x-ms-api-annotation': { status: 'Production' }, responses: ok }, post: { operationId: 'B', 'x-ms-api-annotation': { status: 'Preview' }, responses: ok } } };

test('operation-status-ahead-of-connector fires when the connector is in Preview, on the operation\'s status', () => {
	const swagger = textOf(swaggerWith(paths, { info: { title: 'Contoso', version: '1.0', 'x-ms-api-annotation': { status: 'Preview' } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'operation-status-ahead-of-connector', file: 'swagger', message: "The operation 'ListFolder' cannot be in a Production status ahead of the connector.", range: rangeOf(swagger, '"Production"'), jsonPointer: '/paths/~1a/get/x-ms-api-annotation/status' },
	]);
});

test('operation-status-ahead-of-connector does not fire when the connector states no status (accepted upstream in 2024)', () => {
	assert.deepEqual(runRule(rule, { swagger: swaggerWith(paths) }), []);
});

test('operation-status-ahead-of-connector does not fire when the connector is in Production', () => {
	const swagger = swaggerWith(paths, { info: { title: 'Contoso', version: '1.0', 'x-ms-api-annotation': { status: 'Production' } } });
	assert.deepEqual(runRule(rule, { swagger }), []);
});
