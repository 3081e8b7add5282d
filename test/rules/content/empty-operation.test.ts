import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/content/empty-operation';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

test('empty-operation fires on a path item without operations, even with shared parameters', () => {
	const swagger = textOf(swaggerWith({ '/a': {}, '/b': { parameters: [{ name: 'id', in: 'path', required: true, type: 'string' }] }, '/c': { get: { responses: {} } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'empty-operation', file: 'swagger', message: "The path '/a' defines no operation; remove it: the certification page does not allow empty operations.", range: rangeOf(swagger, '"/a"'), jsonPointer: '/paths/~1a' },
		{ ruleId: 'empty-operation', file: 'swagger', message: "The path '/b' defines no operation; remove it: the certification page does not allow empty operations.", range: rangeOf(swagger, '"/b"'), jsonPointer: '/paths/~1b' },
	]);
});

test('empty-operation does not fire on paths with an operation or a $ref', () => {
	const swagger = swaggerWith({ '/a': { post: { responses: {} } }, '/b': { $ref: '#/x' } });
	assert.deepEqual(runRule(rule, { swagger }), []);
});
