import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/metadata/scheme-not-supported';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

test('scheme-not-supported fires on wss', () => {
	const swagger = textOf(swaggerWith({}, { schemes: ['https', 'wss'] }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'scheme-not-supported', file: 'swagger', message: 'The WebSocket transfer protocol schemes are not supported.', range: rangeOf(swagger, '"wss"'), jsonPointer: '/schemes/1' },
	]);
});

test('scheme-not-supported does not fire on http or https', () => {
	assert.deepEqual(runRule(rule, { swagger: swaggerWith({}, { schemes: ['https', 'http'] }) }), []);
});
