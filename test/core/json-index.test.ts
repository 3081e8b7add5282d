// The index of strict JSON (core/jsonIndex.ts) turns paths into exactly the ranges the tree gives: checked on a small
// document span by span, then path by path on hand-picked and seeded random documents against the tolerant pass's
// tree, whose documents carry no index.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { jsonIndexOf, parseJson, parseTolerant, type JsonPath } from '../../server/src/core/json';
import { JsonIndex } from '../../server/src/core/jsonIndex';
import { LineIndex, lineStarts } from '../../server/src/core/lines';
import { pathToRange, type PathTarget } from '../../server/src/core/location';
import { randomJsonText, seededRandom } from '../helpers/seeded';

const TARGETS: readonly PathTarget[] = ['value', 'key', 'missing'];

/** The text a finding at `path` would underline in strict JSON (through the index). */
function underlined(text: string, path: JsonPath, target: PathTarget): string {
	const doc = parseJson(text);
	assert.ok(jsonIndexOf(doc), 'strict JSON is indexed');
	const range = pathToRange(doc, path, target);
	const start = doc.lines.offsetAt(range.start);
	return text.slice(start, doc.lines.offsetAt(range.end));
}

test('a path becomes the span of its value, its key, or the key of the object missing it', () => {
	const text = '{"info": {"title": "T", "x": [1, {"name": "p", "in": "query"}, {"in": "path"}]}, "paths": {}}';
	assert.equal(underlined(text, ['info', 'title'], 'value'), '"T"');
	assert.equal(underlined(text, ['info', 'title'], 'key'), '"title"');
	assert.equal(underlined(text, ['info', 'description'], 'missing'), '"info"');
	assert.equal(underlined(text, ['info', 'x', 1, 'required'], 'missing'), '"p"', 'an array element is named by its name');
	assert.equal(underlined(text, ['info', 'x', 2, 'required'], 'missing'), '{', 'or by its opening brace');
	assert.equal(underlined(text, ['info', 'x', 0], 'key'), '1', 'an array element has no key: itself');
	assert.equal(underlined(text, ['info', 'x', 9], 'value'), '"x"', 'a path that breaks off: the key of the deepest node');
	assert.equal(underlined(text, ['info', 'x', '0'], 'value'), '"x"', 'an array is indexed by numbers only');
	assert.equal(underlined(text, [], 'missing'), '{');
	assert.equal(underlined(text, ['paths'], 'value'), '{}');
});

test('a path leads to its node, the node to where it and its key are written, and nowhere when the path breaks off', () => {
	const text = '{"info": {"title": "T", "x": [1, {"n\\u0061me": "p"}]}, "e": {}}';
	const index = JsonIndex.of(text);
	const written = (span: { offset: number; length: number } | undefined) => span && text.slice(span.offset, span.offset + span.length);
	const title = index.nodeAt(['info', 'title']);
	assert.equal(written(index.spanOf(title)), '"T"');
	assert.equal(written(index.keySpanOf(title)), '"title"');
	assert.equal(index.typeOf(title), 'string');
	assert.equal(index.scalarValue(title), 'T');
	const name = index.nodeAt(['info', 'x', 1, 'name']);
	assert.equal(written(index.keySpanOf(name)), '"n\\u0061me"', 'a key written with an escape, found by its value');
	assert.equal(written(index.spanOf(index.nodeAt(['info', 'x', 0]))), '1');
	assert.equal(index.keySpanOf(index.nodeAt(['info', 'x', 0])), undefined, 'an array item has no key');
	assert.equal(index.keySpanOf(index.nodeAt([])), undefined, 'nor has the root');
	assert.equal(written(index.spanOf(index.nodeAt(['e']))), '{}');
	for (const missing of [['info', 'x', 2], ['info', 'x', '0'], ['info', 'title', 'deeper'], ['nothing'], ['e', 'x']]) {
		assert.equal(index.nodeAt(missing), -1, JSON.stringify(missing));
	}
	assert.equal(JsonIndex.of('').nodeAt([]), -1, 'an empty text has no root');
});

test('keys with escapes, and containers too long to search one by one, are found', () => {
	const members = Array.from({ length: 40 }, (_, i) => `"k${i}": [${Array.from({ length: 40 }, (_, j) => j).join(', ')}]`).join(', ');
	const text = `{"a\\"b": 1, "\\u00e9t\\u00e9": {"x": 2}, ${members}}`;
	assert.equal(underlined(text, ['a"b'], 'key'), '"a\\"b"');
	assert.equal(underlined(text, ['été', 'x'], 'value'), '2');
	assert.equal(underlined(text, ['k39', 39], 'value'), '39');
	assert.equal(underlined(text, ['k39', 40], 'value'), '"k39"');
	assert.equal(underlined(text, ['k7'], 'key'), '"k7"');
});

test('text departing from strict JSON beyond comments, trailing commas and control characters in strings, or repeating a key, is not indexed (the tree answers)', () => {
	for (const text of ['{"a": 1, "a": 2}', '{"a": 1,, "b": 2}', '{"a": "x\ny"}', '{"a": 1 /* c', `${'['.repeat(1001)}${']'.repeat(1001)}`, '']) {
		assert.equal(jsonIndexOf(parseJson(text)), undefined, JSON.stringify(text).slice(0, 40));
	}
});

/** Every path of a value, each also with a missing member, a numeric segment and `name` below it. */
function pathsOf(value: unknown, path: JsonPath = [], into: JsonPath[] = []): JsonPath[] {
	into.push(path, [...path, 'absent'], [...path, 0], [...path, 'name']);
	if (Array.isArray(value)) {
		value.forEach((item, index) => pathsOf(item, [...path, index], into));
	} else if (typeof value === 'object' && value !== null) {
		for (const [key, item] of Object.entries(value)) {
			pathsOf(item, [...path, key], into);
		}
	}
	return into;
}

function assertSameRanges(text: string): void {
	const indexed = parseJson(text);
	const tree = parseTolerant(text);
	assert.ok(jsonIndexOf(indexed), `indexed: ${JSON.stringify(text).slice(0, 80)}`);
	for (const path of pathsOf(indexed.value)) {
		for (const target of TARGETS) {
			assert.deepEqual(pathToRange(indexed, path, target), pathToRange(tree, path, target), `${JSON.stringify(path)} ${target} in ${JSON.stringify(text).slice(0, 200)}`);
		}
	}
}

test('hand-picked and seeded random documents get the ranges the tree gives, for every path and target', () => {
	for (const text of [
		'{}',
		'[]',
		'"s"',
		'42',
		'{"a":{"b":[1,2,{"c":null}],"d":true,"e":false},"f":"x"}',
		'{"esc\\\\":"a\\"b\\\\","\\"":{"name":"n"},"name":[{"name":"x"},{"name":1}]}',
		'{\r\n\t"crlf": [\r\n\t\t{"name": "p"}\r\n\t]\r\n}\r\n',
		`{${Array.from({ length: 40 }, (_, i) => `"k${i}": {"name": "n${i}"}`).join(', ')}}`,
		`[${Array.from({ length: 40 }, (_, i) => `{"name": "n${i}"}`).join(', ')}]`,
		'{"__proto__": {"polluted": true}, "constructor": 1}',
		// Read the strict way though not strict JSON (json-tolerated.test.ts): comments, trailing commas, control characters.
		'{"a": [1, 2,], "b": {"name": "n",},}',
		'/* c */ {"a" /* : */ : {"name": "n"}, // c\r\n "b": [{"name": 1}]}',
		'{"tab\tkey": {"name": "x\ty"}, "esc\\\"\tkey": ["\u0000", {"name": "\\\\\t"}]}',
	]) {
		assertSameRanges(text);
	}
	const next = seededRandom(20261203);
	for (let i = 0; i < 300; i++) {
		assertSameRanges(randomJsonText(next));
	}
});

test("the scan finds the lines the line index would: \\n, \\r\\n and a lone \\r, between any tokens", () => {
	const texts = [
		'{}',
		'{\n}\n',
		'{\r\n  "a": [\r\n    1,\r\n    true\r\n  ]\r\n}',
		'{\r  "a":\r\r  "b"\r}\r\n',
		'\n\r\n\r{"a"\n:\r1\r\n,\n"b"\t:\r\n[\nnull\r]}\n\r',
		'[1,\n2,\r3,\r\n4]',
	];
	for (const text of texts) {
		assert.deepEqual(JsonIndex.of(text).lineStarts, lineStarts(text), JSON.stringify(text));
		assert.deepEqual(parseJson(text).lines.positionAt(text.length), new LineIndex(text).positionAt(text.length), JSON.stringify(text));
	}
	const random = seededRandom(15);
	for (let i = 0; i < 50; i++) {
		// Its strings hold no space, so every space is whitespace between tokens, which any line break may replace.
		const text = randomJsonText(random).replace(/ /g, () => [' ', '\n', '\r\n', '\r'][Math.floor(random() * 4)]);
		assert.doesNotThrow(() => JSON.parse(text));
		assert.deepEqual(JsonIndex.of(text).lineStarts, lineStarts(text), JSON.stringify(text));
	}
});

test('line starts are listed past the room first made for them: a line per character or two', () => {
	// LineStarts makes room for a line per 32 characters (at least 16) and grows from there.
	for (const [text, expected] of [
		['\n'.repeat(100), Array.from({ length: 101 }, (_, line) => line)],
		['1\r\n'.repeat(40), Array.from({ length: 41 }, (_, line) => line * 3)],
		['[' + '\r1,'.repeat(30) + '\r2]', [0, ...Array.from({ length: 31 }, (_, line) => 2 + line * 3)]],
	] as const) {
		assert.deepEqual([...lineStarts(text)], expected, JSON.stringify(text));
		if (text.startsWith('[')) {
			assert.deepEqual([...JsonIndex.of(text).lineStarts], expected);
		}
		const lines = new LineIndex(text);
		assert.equal(lines.lineCount, expected.length);
		assert.deepEqual(lines.positionAt(expected[expected.length - 1]), { line: expected.length - 1, character: 0 });
	}
});
