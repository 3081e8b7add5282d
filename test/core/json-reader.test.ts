// Reading a document's nodes (core/jsonReader.ts): strict JSON through its index, other text through the tolerant
// pass's tree, with the same answers.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { jsonIndexOf, parseJson, parseTolerant, type JsonPath } from '../../server/src/core/json';
import { readerOf } from '../../server/src/core/jsonReader';

const TEXT = '{"info": {"title": "T", "x": [1, {"n\\u0061me": "p"}]}, "e": {}}';
const written = (span: { offset: number; length: number } | undefined) => span && TEXT.slice(span.offset, span.offset + span.length);

for (const [reader, doc] of [
	['the index', parseJson(TEXT)],
	['the tree', parseTolerant(TEXT)],
] as const) {
	test(`${reader}: a path leads to its node, the node to where it and its key are written, and nowhere when the path breaks off`, () => {
		assert.equal(jsonIndexOf(doc) !== undefined, reader === 'the index');
		const read = readerOf(doc);
		const title = read.at(['info', 'title']);
		assert.equal(written(read.span(title)), '"T"');
		assert.equal(written(read.keySpan(title)), '"title"');
		assert.equal(read.string(title), 'T');
		assert.equal(read.child(read.child(read.root, 'info'), 'title'), title, 'step by step as in one go');
		assert.equal(written(read.keySpan(read.at(['info', 'x', 1, 'name']))), '"n\\u0061me"', 'a key written with an escape, found by its value');
		assert.equal(written(read.span(read.at(['info', 'x', 0]))), '1');
		assert.equal(read.keySpan(read.at(['info', 'x', 0])), undefined, 'an array item has no key');
		assert.equal(read.keySpan(read.at([])), undefined, 'nor has the root');
		assert.equal(read.string(read.at(['e'])), undefined, 'an object is not a string');
		assert.deepEqual(read.items(read.at(['info', 'x'])).map((item) => written(read.span(item))), ['1', '{"n\\u0061me": "p"}']);
		assert.deepEqual(
			read.members(read.at(['info'])).map((member) => [member.name, written(member.key), written(member.whole)]),
			[
				['title', '"title"', '"title": "T"'],
				['x', '"x"', '"x": [1, {"n\\u0061me": "p"}]'],
			],
		);
		assert.deepEqual(read.members(read.at(['info', 'x'])), [], 'an array has no members');
		assert.deepEqual(read.items(read.at(['info'])), [], 'an object has no items');
		for (const missing of [['info', 'x', 2], ['info', 'x', '0'], ['info', 'title', 'deeper'], ['nothing'], ['e', 'x']] as JsonPath[]) {
			assert.equal(read.at(missing), undefined, JSON.stringify(missing));
		}
	});
}

test('the tree gives a key without a value in a broken file, and an empty text has no root', () => {
	const text = '{"a": 1, "b": ';
	const read = readerOf(parseJson(text));
	assert.deepEqual(
		read.members(read.root).map((member) => [member.name, member.value === undefined]),
		[
			['a', false],
			['b', true],
		],
	);
	assert.equal(readerOf(parseJson('')).root, undefined);
});
