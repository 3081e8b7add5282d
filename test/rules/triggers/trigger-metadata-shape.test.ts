import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/triggers/trigger-metadata-shape';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

const ok = { '200': { description: 'OK' } };

test('trigger-metadata-shape fires on a wrong mode and a missing kind', () => {
	const swagger = textOf(swaggerWith({ '/files': { get: { operationId: 'OnNewFile', 'x-ms-trigger': 'batch', 'x-ms-trigger-metadata': { mode: 'webhook' }, responses: ok } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'trigger-metadata-shape', file: 'swagger', message: "The 'kind' property is required.", range: rangeOf(swagger, '"x-ms-trigger-metadata"'), jsonPointer: '/paths/~1files/get/x-ms-trigger-metadata/kind' },
		{ ruleId: 'trigger-metadata-shape', file: 'swagger', message: 'The property value must be one of the following: polling.', range: rangeOf(swagger, '"webhook"'), jsonPointer: '/paths/~1files/get/x-ms-trigger-metadata/mode' },
	]);
});

test('trigger-metadata-shape fires on a value that is not an object', () => {
	const swagger = textOf(swaggerWith({ '/files': { get: { 'x-ms-trigger-metadata': 'polling', responses: ok } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })).map((f) => [f.message, f.range]), [
		["The type of the property is incorrect. Expected type 'object', but value is of type 'string'.", rangeOf(swagger, '"polling"')],
	]);
});

test('trigger-metadata-shape does not fire on the documented shape, in any key order', () => {
	const swagger = swaggerWith({ '/files': { get: { 'x-ms-trigger': 'batch', 'x-ms-trigger-metadata': { mode: 'polling', kind: 'query' }, responses: ok } } });
	assert.deepEqual(runRule(rule, { swagger }), []);
});
