import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits as jsoncApply, modify } from 'jsonc-parser';
import { applyEdits, formattingOf, KeyBesideRefError, removeValue, renameKey, setValue } from '../../server/src/engine/edits';
import { parseText } from '../../server/src/engine/parsedFile';

const doc = (text: string) => parseText(text).doc;
const set = (text: string, path: (string | number)[], value: unknown, options = {}) => applyEdits(text, setValue(doc(text), path, value, options));
const remove = (text: string, path: (string | number)[]) => applyEdits(text, removeValue(doc(text), path));

const MULTILINE = '{\n    "a": 1,\n    "b": {\n        "c": [\n            1\n        ]\n    }\n}';

test('edits on multi-line files match jsonc-parser modify (indentation, order)', () => {
	const viaJsonc = (path: (string | number)[], value: unknown) => {
		const parsed = doc(MULTILINE);
		return jsoncApply(MULTILINE, modify(MULTILINE, path, value, { formattingOptions: formattingOf(parsed) }));
	};
	for (const [path, value] of [
		[['z'], { x: [1, 2] }],
		[['b', 'd'], 'text'],
		[['b', 'c', 1], 2],
		[['a'], { replaced: true }],
		[['a'], undefined],
	] as [(string | number)[], unknown][]) {
		const ours = value === undefined ? remove(MULTILINE, path) : set(MULTILINE, path, value);
		assert.equal(ours, viaJsonc(path, value), JSON.stringify(path));
	}
});

test('a new property goes after or before a named sibling', () => {
	assert.equal(set(MULTILINE, ['x'], 0, { after: 'a' }), '{\n    "a": 1,\n    "x": 0,\n    "b": {\n        "c": [\n            1\n        ]\n    }\n}');
	assert.equal(set(MULTILINE, ['x'], 0, { before: 'a' }), '{\n    "x": 0,\n    "a": 1,\n    "b": {\n        "c": [\n            1\n        ]\n    }\n}');
});

test('CRLF and tabs are kept', () => {
	const text = '{\r\n\t"a": {\r\n\t\t"b": 1\r\n\t}\r\n}';
	assert.equal(set(text, ['a', 'c'], { d: 2 }), '{\r\n\t"a": {\r\n\t\t"b": 1,\r\n\t\t"c": {\r\n\t\t\t"d": 2\r\n\t\t}\r\n\t}\r\n}');
});

test('empty and inline containers', () => {
	assert.equal(set('{\n  "a": {}\n}', ['a', 'b'], 1), '{\n  "a": {\n    "b": 1\n  }\n}');
	assert.equal(set('{\n  "a": []\n}', ['a', 0], 'x'), '{\n  "a": [\n    "x"\n  ]\n}');
	assert.equal(set('{\n  "a": { "x": 1 }\n}', ['a', 'y'], 2), '{\n  "a": { "x": 1, "y": 2 }\n}');
	assert.equal(set('{\n  "a": { "x": 1 }\n}', ['a', 'y'], 2, { before: 'x' }), '{\n  "a": { "y": 2, "x": 1 }\n}');
});

test('removing the first, middle, last and only member keeps valid JSON', () => {
	const text = '{\n  "a": 1,\n  "b": 2,\n  "c": 3\n}';
	assert.equal(remove(text, ['a']), '{\n  "b": 2,\n  "c": 3\n}');
	assert.equal(remove(text, ['b']), '{\n  "a": 1,\n  "c": 3\n}');
	assert.equal(remove(text, ['c']), '{\n  "a": 1,\n  "b": 2\n}');
	assert.equal(remove('{\n  "a": { "b": 1 }\n}', ['a', 'b']), '{\n  "a": {}\n}');
	// jsonc-parser would leave `{\n    }` here; an emptied container closes up.
	assert.equal(remove(MULTILINE, ['b', 'c']), '{\n    "a": 1,\n    "b": {}\n}');
	assert.equal(remove('{ "s": ["x", "y"] }', ['s', 0]), '{ "s": ["y"] }');
});

test('renameKey changes only the key', () => {
	const text = '{\n  "x-ms-visbility": "internal"\n}';
	assert.equal(applyEdits(text, renameKey(doc(text), ['x-ms-visbility'], 'x-ms-visibility')), '{\n  "x-ms-visibility": "internal"\n}');
});

test('setValue adds no key to an object that holds a $ref, directly or through a missing key', () => {
	const text = '{\n  "info": {\n    "$ref": "#/definitions/Info"\n  },\n  "get": {\n    "$ref": "#/definitions/Operation",\n    "summary": "Get"\n  },\n  "schema": {\n    "$ref": 5\n  }\n}';
	assert.throws(() => setValue(doc(text), ['info', 'title'], 'Contoso'), KeyBesideRefError);
	assert.throws(() => setValue(doc(text), ['get', 'responses', '200'], { description: 'OK' }), KeyBesideRefError);
	// A sibling already there may be replaced (its finding is another rule's); a `$ref` that is not a string is no reference.
	assert.equal(set(text, ['get', 'summary'], 'Get one'), text.replace('"Get"', '"Get one"'));
	assert.equal(set(text, ['schema', 'type'], 'object'), text.replace('"$ref": 5', '"$ref": 5,\n    "type": "object"'));
});

test('where the tree has no place, the edit is the one jsonc-parser modify formats, on any layout', () => {
	const minified = JSON.stringify({ a: 1, b: { c: [1, { d: 2 }] } });
	for (const text of [MULTILINE, '{\r\n\t"b": {\r\n\t\t"c": 1\r\n\t}\r\n}', '{\n  "a": {},\n  "b": { "x": 1 }\n}', minified]) {
		const parsed = doc(text);
		for (const [path, value] of [
			[['z', 'y'], { x: [1, { y: 2 }], e: {}, f: [] }],
			[['b', 'z', 0], 'text'],
			[['b', 'n', 'm'], true],
		] as [(string | number)[], unknown][]) {
			assert.deepEqual(setValue(parsed, path, value), modify(text, path, value, { formattingOptions: formattingOf(parsed) }), `${JSON.stringify(text)} ${JSON.stringify(path)}`);
		}
	}
});

test('applyEdits applies edits as jsonc-parser does: by offset, the shorter first at one offset, insertions in their order, overlaps refused', () => {
	const text = 'abcdefghij';
	const cases: { offset: number; length: number; content: string }[][] = [
		[{ offset: 2, length: 3, content: 'X' }, { offset: 0, length: 0, content: '<' }, { offset: 10, length: 0, content: '>' }],
		[{ offset: 4, length: 2, content: 'R' }, { offset: 4, length: 0, content: 'I' }],
		[{ offset: 5, length: 0, content: '1' }, { offset: 5, length: 0, content: '2' }, { offset: 5, length: 0, content: '3' }],
		[{ offset: 1, length: 1, content: '' }, { offset: 2, length: 1, content: '' }, { offset: 9, length: 1, content: 'Z' }],
	];
	for (const edits of cases) {
		assert.equal(applyEdits(text, edits), jsoncApply(text, edits), JSON.stringify(edits));
	}
	assert.throws(() => applyEdits(text, [{ offset: 1, length: 3, content: '' }, { offset: 2, length: 1, content: '' }]), /Overlapping edit/);
	assert.throws(() => jsoncApply(text, [{ offset: 1, length: 3, content: '' }, { offset: 2, length: 1, content: '' }]), /Overlapping edit/);
});
