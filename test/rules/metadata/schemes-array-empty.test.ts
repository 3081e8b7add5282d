import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/metadata/schemes-array-empty';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

test('schemes-array-empty fires on an empty schemes array', () => {
	const swagger = textOf(swaggerWith({}, { schemes: [] }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'schemes-array-empty', file: 'swagger', message: "The 'schemes' array requires at least one value.", range: rangeOf(swagger, '[]'), jsonPointer: '/schemes' },
	]);
});

test('schemes-array-empty does not fire on a filled or missing schemes array', () => {
	assert.deepEqual(runRule(rule, { swagger: swaggerWith({}, { schemes: ['https'] }) }), []);
	assert.deepEqual(runRule(rule, { swagger: swaggerWith({}, { schemes: undefined }) }), []);
});
