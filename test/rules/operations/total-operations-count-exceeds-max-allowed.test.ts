import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/operations/total-operations-count-exceeds-max-allowed';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

const ok = { 200: { description: 'OK' } };
const swagger = textOf(swaggerWith({ '/a': { get: { operationId: 'A', responses: ok }, post: { operationId: 'B', responses: ok } }, '/b': { get: { operationId: 'C', responses: ok } } }));

test('total-operations-count-exceeds-max-allowed fires on the paths key above the configured maximum', () => {
	assert.deepEqual(summarize(runRule(rule, { swagger }, { options: { max: 2 } })), [
		{ ruleId: 'total-operations-count-exceeds-max-allowed', file: 'swagger', message: "The total number of operations in the swagger exceeds the maximum allowed value of '2'.", range: rangeOf(swagger, '"paths"'), jsonPointer: '/paths' },
	]);
});

test('total-operations-count-exceeds-max-allowed is off by default and quiet at the maximum', () => {
	assert.deepEqual(runRule(rule, { swagger }), []);
	assert.deepEqual(runRule(rule, { swagger }, { options: { max: 3 } }), []);
});
