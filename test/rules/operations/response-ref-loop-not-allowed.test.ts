import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/operations/response-ref-loop-not-allowed';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

test('response-ref-loop-not-allowed fires on a shared response that is a $ref', () => {
	const swagger = textOf(swaggerWith({}, { responses: { NotFound: { description: 'Not found' }, Missing: { $ref: '#/responses/NotFound' } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'response-ref-loop-not-allowed', file: 'swagger', message: "The response definition may not use a '$ref' to point to another definition.", range: rangeOf(swagger, '"#/responses/NotFound"'), jsonPointer: '/responses/Missing/$ref' },
	]);
});

test('response-ref-loop-not-allowed does not fire on response definitions or on $ref uses in operations', () => {
	const swagger = swaggerWith(
		{ '/a': { get: { operationId: 'A', responses: { 404: { $ref: '#/responses/NotFound' } } } } },
		{ responses: { NotFound: { description: 'Not found', schema: { $ref: '#/definitions/Error' } } }, definitions: { Error: { type: 'object' } } },
	);
	assert.deepEqual(runRule(rule, { swagger }), []);
});
