// The TextMate injection grammar on real connector files of ../shared/corpus/dev: harmless, and every x-ms-* key,
// @call( and {template} gets its scope (test/grammar.test.ts has the named cases).
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { visit } from 'jsonc-parser';
import { assertHarmless, loadGrammars, root } from '../helpers/grammar';

const CORPUS = join(root, '../shared/corpus/dev');

before(loadGrammars);

// Real connector files: every apiProperties.json of the dev corpus (where the policy expressions are) and the
// definitions of a few connectors (tokenizing the whole 12 MB corpus twice takes about a minute).
const SWAGGER_SAMPLE = ['DocuSignDemo', 'Dokobit Portal', 'Egnyte', 'SignNow'];
test('corpus files: harmless, and every x-ms-* key, @call( and {template} gets its scope', () => {
	assert.ok(existsSync(CORPUS), `the dev corpus is expected at ${CORPUS} (clone ../shared beside the repository)`);
	const corpusFiles = [
		...readdirSync(CORPUS)
			.sort()
			.map((name) => join(CORPUS, name, 'apiProperties.json')),
		...SWAGGER_SAMPLE.map((name) => join(CORPUS, name, 'apiDefinition.swagger.json')),
	].filter((path) => existsSync(path));
	let keys = 0;
	let calls = 0;
	let templates = 0;
	for (const path of corpusFiles) {
		const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
		const label = path.slice(CORPUS.length + 1);
		const lines = text.split(/\r?\n/);
		const tokens = assertHarmless(text, label).flatMap((line, index) => line.tokens.map((token) => ({ ...token, text: lines[index].slice(token.startIndex, token.endIndex) })));
		// x-ms-* property names as the JSON parser sees them (every corpus file puts a key and its colon on one line).
		// A name with a space ("x-ms-summary title", a schema property in one connector) is no extension key.
		let expectedKeys = 0;
		visit(text, { onObjectProperty: (property) => void (/^x-ms-\S+$/.test(property) && expectedKeys++) });
		const foundKeys = tokens.filter((token) => token.scopes.at(-1) === 'entity.name.tag.x-ms.connector-certify');
		assert.equal(foundKeys.length, expectedKeys, `${label}: x-ms keys`);
		assert.ok(foundKeys.every((token) => token.text.startsWith('x-ms-')));
		const expectedCalls = text.match(/@[A-Za-z_][A-Za-z0-9_]*\(/g)?.length ?? 0;
		assert.equal(tokens.filter((token) => token.scopes.at(-1) === 'support.function.expression.connector-certify').length, expectedCalls, `${label}: calls`);
		// In valid JSON a {name} can only be inside a string, so the text count is the expected one.
		const expectedTemplates = text.match(/(?<![{$])\{[A-Za-z_][A-Za-z0-9_.-]*\}(?!\})/g)?.length ?? 0;
		assert.equal(tokens.filter((token) => token.scopes.at(-1) === 'variable.parameter.template.connector-certify').length, expectedTemplates, `${label}: templates`);
		keys += expectedKeys;
		calls += expectedCalls;
		templates += expectedTemplates;
	}
	// The sample exercises all three (so the counts above are not vacuous).
	assert.ok(keys > 1000 && calls >= 60 && templates > 50, `${keys} keys, ${calls} calls, ${templates} templates`);
});
