import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/operations/operation-revision-empty';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

const ok = { 200: { description: 'OK' } };

test('operation-revision-empty fires on the annotation key when family has no revision', () => {
	const swagger = textOf(swaggerWith({ '/a': { get: { operationId: 'GetItems', 'x-ms-api-annotation': { family: 'GetItems' }, responses: ok } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'operation-revision-empty', file: 'swagger', message: "The operation 'GetItems' does not specify a revision in api annotation.", range: rangeOf(swagger, '"x-ms-api-annotation"'), jsonPointer: '/paths/~1a/get/x-ms-api-annotation/revision' },
	]);
});

test('operation-revision-empty does not fire with a revision or without a family', () => {
	const swagger = swaggerWith({
		'/a': { get: { operationId: 'GetItems', 'x-ms-api-annotation': { family: 'GetItems', revision: 1 }, responses: ok } },
		'/b': { get: { operationId: 'GetOther', 'x-ms-api-annotation': { status: 'Preview' }, responses: ok } },
	});
	assert.deepEqual(runRule(rule, { swagger }), []);
});
