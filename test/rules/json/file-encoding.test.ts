import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/json/file-encoding';
import { parseBytes } from '../../../server/src/engine/parsedFile';
import { checkConnector } from '../../../server/src/engine/run';
import type { Finding } from '../../../server/src/engine/types';
import { rangeOf, summarize } from '../../helpers/ruleTester';

/** This rule needs the bytes, not text: run it on files as read from disk. */
function runOnBytes(swagger: Uint8Array, apiProperties?: Uint8Array): Finding[] {
	const result = checkConnector([rule], { swagger: parseBytes(swagger), apiProperties: apiProperties && parseBytes(apiProperties) }, {
		config: { profile: 'certification' },
		onRuleError: (_id, error) => {
			throw error;
		},
	});
	return [...result.findings.swagger, ...result.findings.apiProperties];
}

const utf8 = (text: string) => new TextEncoder().encode(text);

test('file-encoding fires on the first invalid UTF-8 byte, with its line and column', () => {
	// "Caf\xE9" is Latin-1, not UTF-8: the lone 0xE9 byte is invalid.
	const bytes = new Uint8Array([...utf8('{\n  "info": {"title": "Caf'), 0xe9, ...utf8('"}\n}')]);
	const text = '{\n  "info": {"title": "Caf\uFFFD"}\n}';
	assert.deepEqual(summarize(runOnBytes(bytes)), [
		{
			ruleId: 'file-encoding',
			file: 'swagger',
			message: 'The file is not valid UTF-8: the first invalid bytes are at line 2, column 25 (shown as "\uFFFD"). Save the file as UTF-8.',
			range: rangeOf(text, '\uFFFD'),
			jsonPointer: '/info/title',
		},
	]);
});

test('file-encoding does not fire on valid UTF-8, with or without a byte order mark', () => {
	assert.deepEqual(runOnBytes(utf8('{"info": {"title": "Café"}}'), new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('{"properties": {}}')])), []);
});
