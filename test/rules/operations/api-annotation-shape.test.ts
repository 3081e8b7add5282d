import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/operations/api-annotation-shape';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

const ok = { 200: { description: 'OK' } };

test('api-annotation-shape reports each bad property of an operation annotation', () => {
	const swagger = textOf(
		swaggerWith({
			'/a': {
				get: {
					operationId: 'GetItems_V2',
					deprecated: true,
					'x-ms-api-annotation': { status: 'GA', family: 7, revision: '2', replacement: { api: 'contoso', operationId: false, version: 'x' }, owner: 'me' },
					responses: ok,
				},
			},
		}),
	);
	const base = '/paths/~1a/get/x-ms-api-annotation';
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'api-annotation-shape', file: 'swagger', message: "The 'status' value must be 'Production' or 'Preview'.", range: rangeOf(swagger, '"GA"'), jsonPointer: `${base}/status` },
		{ ruleId: 'api-annotation-shape', file: 'swagger', message: "The 'family' value must be a non-empty string.", range: rangeOf(swagger, '7'), jsonPointer: `${base}/family` },
		{ ruleId: 'api-annotation-shape', file: 'swagger', message: "The 'revision' value must be an integer greater than or equal to 1.", range: rangeOf(swagger, '"2"'), jsonPointer: `${base}/revision` },
		{ ruleId: 'api-annotation-shape', file: 'swagger', message: "The 'operationId' value must be a string.", range: rangeOf(swagger, 'false'), jsonPointer: `${base}/replacement/operationId` },
		{ ruleId: 'api-annotation-shape', file: 'swagger', message: "The property 'version' is not allowed in the 'replacement' object.", range: rangeOf(swagger, '"version"', 1), jsonPointer: `${base}/replacement/version` },
		{ ruleId: 'api-annotation-shape', file: 'swagger', message: "The property 'owner' is not allowed in the 'x-ms-api-annotation' extension.", range: rangeOf(swagger, '"owner"'), jsonPointer: `${base}/owner` },
	]);
});

test('api-annotation-shape checks the connector-level annotation in info', () => {
	const swagger = textOf(swaggerWith({}, { info: { title: 'Contoso', version: '1.0', 'x-ms-api-annotation': { status: 'production', family: 'x' } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })).map((f) => [f.message, f.jsonPointer]), [
		["The 'status' value must be 'Production' or 'Preview'.", '/info/x-ms-api-annotation/status'],
		["The property 'family' is not allowed in the 'x-ms-api-annotation' extension.", '/info/x-ms-api-annotation/family'],
	]);
});

test('api-annotation-shape does not fire on well-formed annotations', () => {
	const swagger = swaggerWith(
		{ '/a': { get: { operationId: 'GetItems', deprecated: true, 'x-ms-api-annotation': { status: 'Preview', family: 'GetItems', revision: 1, replacement: { api: 'contoso', operationId: 'GetItems_V2' } }, responses: ok } } },
		{ info: { title: 'Contoso', version: '1.0', 'x-ms-api-annotation': { status: 'Production' } } },
	);
	assert.deepEqual(runRule(rule, { swagger }), []);
});
