// The strict pass of parseJson (core/json.ts) builds, for valid JSON, exactly the tree, value and problems the
// tolerant jsonc-parser pass builds, and hands everything else to it: checked on hand-picked edge cases and on
// seeded random documents printed with random whitespace.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseJson, parseTolerant } from '../../server/src/core/json';
import { documentSummary } from '../helpers/jsonDocuments';
import { randomJsonText, seededRandom } from '../helpers/seeded';

function assertSameAsTolerant(text: string): void {
	assert.deepEqual(documentSummary(parseJson(text)), documentSummary(parseTolerant(text)), JSON.stringify(text).slice(0, 200));
}

test('valid JSON of every kind of token parses to the tolerant tree', () => {
	for (const text of [
		'{}',
		'[]',
		'  { "a" : 1 }  ',
		'{"a":{"b":[1,2,{"c":null}],"d":true,"e":false},"f":"x"}',
		'[-0, 0, 12, -3.5, 1e5, 1E-3, 2.5e+10, 123456789012345678901234567890]',
		'{"esc":"a\\"b\\\\c\\/d\\b\\f\\n\\r\\t\\u00e9\\ud83d\\ude00","plain":"héllo wörld ☃"}',
		'"just a string"',
		'42',
		'null',
		'{\r\n\t"crlf": [\r\n\t\t1\r\n\t]\r\n}\r\n',
		`{${Array.from({ length: 40 }, (_, i) => `"k${i}": ${i}`).join(', ')}}`,
		'{"__proto__": {"polluted": true}, "constructor": 1}',
	]) {
		assertSameAsTolerant(text);
	}
});

test('anything beyond strict JSON gets the tolerant pass\'s document, with its problems', () => {
	const cases = [
		'{"a": 1,}',
		'[1, 2,]',
		'{"a": 1 // note\n}',
		'{"a": /* c */ 1}',
		'{"a": 1, "a": 2}',
		`{${Array.from({ length: 30 }, (_, i) => `"k${i}": ${i}`).join(', ')}, "k3": 0}`,
		'{"a":\u00a01}',
		'\ufeff{"a": 1}',
		'{"a": "tab\there"}',
		'{"a": 01}',
		'{"a": 1.}',
		'{"a": -}',
		'{"a": "\\x"}',
		'{"a": tru}',
		'{"a": 1} x',
		'{"a": [1, 2',
		'{"a"',
		'',
		'   ',
		"{'a': 1}",
		'{"a" 1}',
		'[1 2]',
		'{"a": 1 "b": 2}',
	];
	for (const text of cases) {
		assertSameAsTolerant(text);
	}
	const deep = `${'['.repeat(1001)}${']'.repeat(1001)}`;
	assertSameAsTolerant(deep);
	assert.equal(parseJson(deep).syntax[0]?.code, 'too-deep');
});


test('seeded random documents with random whitespace parse to the tolerant tree', () => {
	const next = seededRandom(20261202);
	for (let i = 0; i < 500; i++) {
		const text = randomJsonText(next);
		assertSameAsTolerant(text);
		// Cut anywhere, it is the tolerant pass's, and still the same.
		assertSameAsTolerant(text.slice(0, Math.floor(next() * text.length)));
	}
});

test('repeated keys are recorded as the tolerant pass records them: where, which is ignored, which is used', () => {
	const many = Array.from({ length: 20 }, (_, i) => `"k${i}": ${i}`).join(', ');
	for (const text of [
		'{"a": 1, "a": 2, "a": 3}',
		'{"x": [{"n": 1}, {"n": 2, "n": 3}], "y": {"z": {"k": 1, "k": {"k": 1, "k": 2}}}}',
		`{"deep": [[{${many}, "k7": "again", "k19": "again"}]]}`,
		'[{"__proto__": 1, "__proto__": 2}]',
		'{"a": {"b": 1}, "a": {"b": 2, "b": 3}}',
	]) {
		assertSameAsTolerant(text);
		assert.ok(parseJson(text).duplicateKeys.length > 0, text);
	}
	const doc = parseJson('{"x": [{"n": 1}, {"n": 2, "n": 3}]}');
	assert.deepEqual(
		doc.duplicateKeys.map((duplicate) => [duplicate.objectPath, duplicate.key, duplicate.ignored.offset, duplicate.used.offset, duplicate.ignored.parent?.offset]),
		[[['x', 1], 'n', 18, 26, 18]],
	);
});
