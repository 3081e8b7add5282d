import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/metadata/scheme-not-valid';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

test('scheme-not-valid fires on a scheme outside http/https/ws/wss', () => {
	const swagger = textOf(swaggerWith({}, { schemes: ['https', 'ftp'] }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'scheme-not-valid', file: 'swagger', message: "The 'schemes' property must only contain transfer protocols from the list: http, https.", range: rangeOf(swagger, '"ftp"'), jsonPointer: '/schemes/1' },
	]);
});

test('scheme-not-valid does not fire on http, https, or the WebSocket schemes (scheme-not-supported reports those)', () => {
	assert.deepEqual(runRule(rule, { swagger: swaggerWith({}, { schemes: ['https', 'http', 'ws', 'wss'] }) }), []);
});
