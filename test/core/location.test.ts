import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseJson } from '../../server/src/core/json';
import { LineIndex, type Range } from '../../server/src/core/lines';
import { isJsonPointer, parseJsonPointer, pathToRange, toJsonPointer } from '../../server/src/core/location';

const TEXT = `{
  "swagger": "2.0",
  "paths": {
    "/items/{id}": {
      "get": {
        "summary": "Get item",
        "parameters": [
          { "name": "id", "in": "path", "required": true, "type": "string" },
          { "in": "query", "type": "string" }
        ]
      }
    }
  }
}`;
const doc = parseJson(TEXT);

function at(needle: string, occurrence = 0, length = needle.length): Range {
	let offset = -1;
	for (let i = 0; i <= occurrence; i++) {
		offset = TEXT.indexOf(needle, offset + 1);
	}
	assert.ok(offset >= 0, needle);
	return new LineIndex(TEXT).rangeAt(offset, length);
}

const GET = ['paths', '/items/{id}', 'get'];

test('key targets the property name, value targets the value', () => {
	assert.deepEqual(pathToRange(doc, [...GET, 'summary'], 'key'), at('"summary"'));
	assert.deepEqual(pathToRange(doc, [...GET, 'summary'], 'value'), at('"Get item"'));
	assert.deepEqual(pathToRange(doc, ['swagger'], 'value'), at('"2.0"'));
	// A whole object as the value spans it.
	assert.deepEqual(pathToRange(doc, [...GET, 'parameters', 0], 'value'), at('{ "name": "id", "in": "path", "required": true, "type": "string" }'));
});

test('missing targets the key of the object that lacks the property', () => {
	assert.deepEqual(pathToRange(doc, [...GET, 'description'], 'missing'), at('"get"'));
	assert.deepEqual(pathToRange(doc, ['paths', '/items/{id}', 'parameters'], 'missing'), at('"/items/{id}"'));
});

test('missing in a parameter object anchors on its name; without a name, on its brace', () => {
	assert.deepEqual(pathToRange(doc, [...GET, 'parameters', 0, 'description'], 'missing'), at('"id"'));
	assert.deepEqual(pathToRange(doc, [...GET, 'parameters', 1, 'name'], 'missing'), at('{ "in"', 0, 1));
	// A key target on an array element has no key: the same anchor stands in.
	assert.deepEqual(pathToRange(doc, [...GET, 'parameters', 0], 'key'), at('"id"'));
});

test('missing at the root anchors on the opening brace', () => {
	assert.deepEqual(pathToRange(doc, ['info'], 'missing'), at('{', 0, 1));
	assert.deepEqual(pathToRange(doc, [], 'key'), at('{', 0, 1));
	// The whole document as a value spans it.
	assert.deepEqual(pathToRange(doc, [], 'value'), at(TEXT));
});

test('a path that breaks off early anchors on the deepest node that exists', () => {
	assert.deepEqual(pathToRange(doc, ['paths', '/other', 'get', 'summary'], 'value'), at('"paths"'));
	assert.deepEqual(pathToRange(doc, [...GET, 'responses', '200', 'description'], 'missing'), at('"get"'));
	// An index past the end of an array, or a name where an index belongs.
	assert.deepEqual(pathToRange(doc, [...GET, 'parameters', 5, 'name'], 'key'), at('"parameters"'));
	assert.deepEqual(pathToRange(doc, [...GET, 'parameters', '0'], 'value'), at('"parameters"'));
	// Through a scalar.
	assert.deepEqual(pathToRange(doc, ['swagger', 'x'], 'value'), at('"swagger"'));
});

test('a document without a tree gives an empty range at the start', () => {
	assert.deepEqual(pathToRange(parseJson(''), ['a'], 'value'), { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
});

test('JSON pointers escape ~ as ~0 and / as ~1, both ways', () => {
	assert.equal(toJsonPointer([]), '');
	assert.equal(toJsonPointer(['paths', '/items/{id}', 'get']), '/paths/~1items~1{id}/get');
	assert.equal(toJsonPointer(['a~b', 'c/d', 0, '~1']), '/a~0b/c~1d/0/~01');
	assert.deepEqual(parseJsonPointer('/a~0b/c~1d/0/~01'), ['a~b', 'c/d', '0', '~1']);
	assert.deepEqual(parseJsonPointer(''), []);
	assert.deepEqual(parseJsonPointer('/'), ['']);
	for (const path of [['~01', '/~', '~~//'], ['']]) {
		assert.deepEqual(parseJsonPointer(toJsonPointer(path)), path);
	}
});

test('escaped segments stay right when met again, and after more distinct ones than are kept', () => {
	const segments = Array.from({ length: 5000 }, (_, index) => `/k~${index}/`);
	for (const round of [1, 2]) {
		for (const segment of segments) {
			const pointer = toJsonPointer(['paths', segment, 'get']);
			assert.equal(pointer, `/paths/~1k~0${segment.slice(3, -1)}~1/get`, `round ${round}`);
			assert.deepEqual(parseJsonPointer(pointer), ['paths', segment, 'get']);
		}
	}
});

test('malformed JSON pointers are rejected', () => {
	for (const pointer of ['paths', '/a~2', '/a~', '#/a', '/a~/b', '/~']) {
		assert.equal(parseJsonPointer(pointer), undefined, pointer);
		assert.equal(isJsonPointer(pointer), false, pointer);
	}
	for (const pointer of ['', '/', '/a~0b/c~1d/0/~01', '//', '/~0~1/x']) {
		assert.equal(isJsonPointer(pointer), true, pointer);
	}
});
