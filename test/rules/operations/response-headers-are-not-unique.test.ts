import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/operations/response-headers-are-not-unique';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

test('response-headers-are-not-unique fires on a header repeated with another case, inline and shared', () => {
	const swagger = textOf(
		swaggerWith(
			{ '/a': { post: { operationId: 'A', responses: { 201: { description: 'Created', headers: { Location: { type: 'string' }, location: { type: 'string' } } } } } } },
			{ responses: { Accepted: { description: 'Accepted', headers: { 'Retry-After': { type: 'integer' }, 'retry-after': { type: 'integer' } } } } },
		),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'response-headers-are-not-unique', file: 'swagger', message: 'The response headers are not unique.', range: rangeOf(swagger, '"location"'), jsonPointer: '/paths/~1a/post/responses/201/headers/location' },
		{ ruleId: 'response-headers-are-not-unique', file: 'swagger', message: 'The response headers are not unique.', range: rangeOf(swagger, '"retry-after"'), jsonPointer: '/responses/Accepted/headers/retry-after' },
	]);
});

test('response-headers-are-not-unique does not fire on distinct headers', () => {
	const swagger = swaggerWith({ '/a': { post: { operationId: 'A', responses: { 202: { description: 'Accepted', headers: { Location: { type: 'string' }, 'Retry-After': { type: 'integer' } } } } } } });
	assert.deepEqual(runRule(rule, { swagger }), []);
});
