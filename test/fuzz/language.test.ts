// Property test of the language features' pure handlers (server/src/language): completion, hover, symbols,
// definition, references and rename at any offset of mutated connectors never throw, and every range they return
// lies inside its document.
import { test } from 'node:test';
import * as fc from 'fast-check';
import { languageCase, TEST_SCALE } from './arbitraries';
import { fuzzParameters, languageAtOffsets } from './properties';

test('completion, hover, symbols, definition, references and rename at random offsets: no throw, ranges inside', async () => {
	await fc.assert(fc.asyncProperty(languageCase(TEST_SCALE), languageAtOffsets), fuzzParameters(30));
});
