import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/metadata/swagger-size-1mb';
import { parseText } from '../../../server/src/engine/parsedFile';
import { checkConnector } from '../../../server/src/engine/run';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

test('swagger-size-1mb fires on the opening brace when the UTF-8 text exceeds the limit', () => {
	const swagger = textOf(swaggerWith({}, { 'x-padding': 'é'.repeat(600_000) }));
	const size = Buffer.byteLength(swagger, 'utf8');
	assert.ok(swagger.length < 1_048_576 && size > 1_048_576);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'swagger-size-1mb',
			file: 'swagger',
			message: `The definition is ${size.toLocaleString('en-US')} bytes; swagger files shouldn't be greater than 1 MB (1,048,576 bytes).`,
			range: rangeOf(swagger, '{'),
			jsonPointer: '',
		},
	]);
});

test('swagger-size-1mb prefers the size on disk when the file was read from disk', () => {
	const swagger = { ...parseText(textOf(swaggerWith({}))), byteLength: 2_000_000 };
	const result = checkConnector([rule], { swagger }, { config: { profile: 'strict', rules: { [rule.id]: rule.severity } }, onRuleError: (_id, error) => { throw error; } });
	assert.equal(result.findings.swagger.length, 1);
	assert.deepEqual(result.findings.swagger[0].data, { size: 2_000_000, maxBytes: 1_048_576 });
});

test('swagger-size-1mb writes the sizes with a comma every three digits, as en-US does, whatever the size and the limit set', () => {
	const message = (size: number, maxBytes: number) => `The definition is ${size.toLocaleString('en-US')} bytes; swagger files shouldn't be greater than 1 MB (${maxBytes.toLocaleString('en-US')} bytes).`;
	const swagger = textOf(swaggerWith({}, { 'x-padding': 'a'.repeat(200_000) }));
	const size = Buffer.byteLength(swagger, 'utf8');
	for (const maxBytes of [0, 7, 999, 1000, 12_345, 123_456, -1_000, 1_500.25]) {
		assert.deepEqual(runRule(rule, { swagger }, { options: { maxBytes } }).map((finding) => finding.message), [message(size, maxBytes)]);
	}
	for (const byteLength of [1_048_577, 12_345_678, 123_456_789_012, 2 ** 60]) {
		const onDisk = { ...parseText(swagger), byteLength };
		const result = checkConnector([rule], { swagger: onDisk }, { config: { profile: 'strict', rules: { [rule.id]: rule.severity } }, onRuleError: (_id, error) => { throw error; } });
		assert.deepEqual(result.findings.swagger.map((finding) => finding.message), [message(byteLength, 1_048_576)]);
	}
});

test('swagger-size-1mb does not fire on a small definition', () => {
	assert.deepEqual(runRule(rule, { swagger: swaggerWith({}) }), []);
});
