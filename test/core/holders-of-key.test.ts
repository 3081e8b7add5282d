// holdersOfKey (core/walk.ts): the objects holding a member of a given name, in document order, answered from the
// index of strict JSON and by walking the value of any other document; both ways agree, on a hand-made document and
// on seeded random ones.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { jsonIndexOf, parseJson, parseTolerant } from '../../server/src/core/json';
import { holdersOfKey } from '../../server/src/core/walk';
import type { JsonDocument } from '../../server/src/core/json';

/** Each holder's path and the member's value. */
function holders(doc: JsonDocument, key: string): [unknown, unknown][] {
	return holdersOfKey(doc, key).map((holder) => [holder.path, holder.value]);
}
import { randomJsonText, seededRandom } from '../helpers/seeded';

test('the holders of a key, in document order: nested, in arrays, at the root, and written with an escape', () => {
	const text = `{
		"x-ms-visibility": "root",
		"paths": {"/a": {"get": {"parameters": [{"name": "q"}, {"name": "r", "x-ms-visibility": "advanced"}]}}},
		"definitions": {"T": {"properties": {"x-ms-visibility": {"type": "string", "x\\u002dms-visibility": "none"}}}},
		"enum": ["x-ms-visibility"],
		"x-ms-visibility-other": {"a": "x-ms-visibility"}
	}`;
	const strict = parseJson(text);
	assert.ok(jsonIndexOf(strict), 'strict JSON is indexed');
	const expected = [
		[[], 'root'],
		[['paths', '/a', 'get', 'parameters', 1], 'advanced'],
		[['definitions', 'T', 'properties'], { type: 'string', 'x-ms-visibility': 'none' }],
		[['definitions', 'T', 'properties', 'x-ms-visibility'], 'none'],
	];
	assert.deepEqual(holders(strict, 'x-ms-visibility'), expected);
	// The tolerant pass's document of a text with a trailing comma: no index, the value is walked.
	const tolerant = parseTolerant(text.replace('"q"}', '"q",}'));
	assert.equal(jsonIndexOf(tolerant), undefined);
	assert.deepEqual(holders(tolerant, 'x-ms-visibility'), expected);
	assert.deepEqual(holders(strict, 'x-ms-missing'), []);
	assert.deepEqual(holders(tolerant, 'x-ms-missing'), []);
	// Keys spelled only with escapes, in documents that are walked (the tolerant pass's) and indexed (parseJson's).
	for (const parse of [parseTolerant, parseJson]) {
		assert.deepEqual(holders(parse('{"x\\u002dy": 1,}'), 'x-y'), [[[], 1]]);
		assert.deepEqual(holders(parse('{"a": {"b\\/c": true},}'), 'b/c'), [[['a'], true]]);
	}
});

test('keys holding control characters are found as written, raw (tolerated) or escaped, by the index as by the walk', () => {
	const text = '{"a\tb": 1, "x": {"a\\tb": 2, "c": [{"a\tb": "\t"}]}, // c\n "d": {"a\\u0009b": 3,},}';
	const indexed = parseJson(text);
	assert.ok(jsonIndexOf(indexed), 'read the strict way');
	const expected = [[[], 1], [['x'], 2], [['x', 'c', 0], '\t'], [['d'], 3]];
	assert.deepEqual(holders(indexed, 'a\tb'), expected);
	assert.deepEqual(holders(parseTolerant(text), 'a\tb'), expected);
});

test('the index and the walk find the same holders in seeded random documents', () => {
	const next = seededRandom(20261204);
	const keys = ['name0', 'a1', 'x-ms-summary2', 'quote"inside0', 'line\nbreak1', '☃2', '0'];
	for (let i = 0; i < 300; i++) {
		const text = randomJsonText(next);
		const strict = parseJson(text);
		if (!jsonIndexOf(strict)) {
			continue; // a repeated key: not indexed
		}
		const walked = parseTolerant(text);
		for (const key of keys) {
			assert.deepEqual(holders(strict, key), holders(walked, key), `${key} in ${text}`);
		}
	}
});
