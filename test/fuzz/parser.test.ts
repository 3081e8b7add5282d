// Property tests of the parser (core/json.ts, engine/parsedFile.ts): any string or byte array parses without throwing
// into a well-formed document, and valid JSON parses to JSON.parse's value with the strict and tolerant passes in
// agreement. Seeded and bounded (test/fuzz/properties.ts); `npm run fuzz` runs the same properties at length.
import { test } from 'node:test';
import * as fc from 'fast-check';
import { anyBytes, anyText, TEST_SCALE, validJson } from './arbitraries';
import { fuzzParameters, parseAnyBytes, parseAnyText, parseValidJson, tolerating } from './properties';

test('any string parses without throwing into a well-formed document, the strict pass handing over exactly', async () => {
	await fc.assert(fc.asyncProperty(anyText(TEST_SCALE), tolerating('parse-text', parseAnyText)), fuzzParameters(150));
});

test('any byte array (noise, BOMs, invalid UTF-8, truncation mid-character) parses without throwing', async () => {
	await fc.assert(fc.asyncProperty(anyBytes(TEST_SCALE), tolerating('parse-bytes', parseAnyBytes)), fuzzParameters(200));
});

test('valid JSON gives JSON.parse\'s value, the same tree from both passes, and too-deep only beyond MAX_DEPTH', () => {
	fc.assert(fc.property(validJson(TEST_SCALE), parseValidJson), fuzzParameters(200));
});

// Found by the first property: jsonc-parser's scanner measured this comment one character past the text.
test('a block comment opened at the very end: its syntax problems end inside the text', () => {
	parseAnyText({ label: 'open comment', text: '/*' });
	parseAnyText({ label: 'open comment after a value', text: '{"a": 1} /*' });
});

// Found by the first property in a fresh-clone `npm run fuzz` (7,988 levels): jsonc-parser's recursion overflowed in
// one pass and not the other. The tolerant pass now stops at the first bracket beyond MAX_DEPTH.
test('nesting thousands of levels deep, left open: parseJson and the tolerant pass agree', () => {
	for (const unit of ['[', '{"a":', '{"a":[']) {
		for (const count of [1001, 7988, 100_000]) {
			parseAnyText({ label: `${unit} x ${count}`, text: unit.repeat(count) });
		}
	}
});
