import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { Worker } from 'node:worker_threads';
import { MAX_DEPTH, findNode, parseJson, parseTolerant, rangeOfNode, type JsonDocument } from '../../server/src/core/json';
import { parseBytes, parseText } from '../../server/src/engine/parsedFile';

const codes = (text: string) => parseJson(text).syntax.map((p) => p.code);

test('a byte order mark is dropped from bytes and from editor text, and remembered', () => {
	const bytes = parseBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('{"a": 1}')]));
	assert.equal(bytes.hadBom, true);
	assert.deepEqual(bytes.doc.value, { a: 1 });
	assert.deepEqual(bytes.doc.syntax, []);
	// Positions count from after the mark, as the editor shows them.
	assert.deepEqual(rangeOfNode(bytes.doc, findNode(bytes.doc.root, ['a'])!), { start: { line: 0, character: 6 }, end: { line: 0, character: 7 } });
	const text = parseText('\uFEFF{"a": 1}');
	assert.equal(text.hadBom, true);
	assert.deepEqual(text.doc.value, { a: 1 });
	assert.equal(parseText('{"a": 1}').hadBom, false);
});

test('ranges in a CRLF file count a CRLF as one line break', () => {
	const doc = parseJson('{\r\n  "a": 1,\r\n  "b": "x"\r\n}\r\n');
	assert.deepEqual(rangeOfNode(doc, findNode(doc.root, ['b'])!), { start: { line: 2, character: 7 }, end: { line: 2, character: 10 } });
	assert.equal(doc.lines.lineCount, 5);
});

test('invalid UTF-8 becomes U+FFFD with its offset, and the file still parses', () => {
	const parsed = parseBytes(new Uint8Array([...Buffer.from('{"a": "x'), 0xff, ...Buffer.from('"}')]));
	assert.equal(parsed.invalidUtf8Offset, 8);
	assert.deepEqual(parsed.doc.value, { a: 'x\uFFFD' });
	assert.equal(parsed.doc.fatal, false);
	assert.equal(parseBytes(Buffer.from('{"a": "é"}')).invalidUtf8Offset, undefined);
});

test('duplicate keys: the last value wins and each earlier key is reported with its object path', () => {
	const text = '{"a": 1, "b": {"x": 1, "x": 2}, "a": 3}';
	const doc = parseJson(text);
	assert.deepEqual(doc.value, { a: 3, b: { x: 2 } });
	assert.equal(doc.fatal, false);
	assert.deepEqual(
		doc.duplicateKeys.map((d) => ({ objectPath: d.objectPath, key: d.key, ignored: d.ignored.offset, used: d.used.offset })),
		[
			{ objectPath: ['b'], key: 'x', ignored: text.indexOf('"x"'), used: text.lastIndexOf('"x"') },
			{ objectPath: [], key: 'a', ignored: text.indexOf('"a"'), used: text.lastIndexOf('"a"') },
		],
	);
	// The tree agrees with the value: the node found for a duplicated key is the last one.
	assert.equal(findNode(doc.root, ['a'])!.offset, text.indexOf('3'));
	// Inside arrays the object path has the element's index.
	assert.deepEqual(parseJson('{"x": [1, {"a": 1, "a": 2}]}').duplicateKeys.map((d) => d.objectPath), [['x', 1]]);
	// A duplicated object is replaced whole, not merged.
	const replaced = parseJson('{"a": {"b": 1}, "a": {"c": 2}}');
	assert.deepEqual(replaced.value, { a: { c: 2 } });
	assert.equal(findNode(replaced.root, ['a', 'b']), undefined);
});

test('a trailing comma and a comment are reported but not fatal', () => {
	const text = '{"a": [1, 2,], // note\n "b": 1,}';
	const doc = parseJson(text);
	assert.equal(doc.fatal, false);
	assert.deepEqual(doc.value, { a: [1, 2], b: 1 });
	assert.deepEqual(
		doc.syntax.map((p) => [p.code, p.offset, p.length, p.fatal]),
		[
			['trailing-comma', text.indexOf(',]'), 1, false],
			['comment', text.indexOf('//'), '// note'.length, false],
			['trailing-comma', text.lastIndexOf(','), 1, false],
		],
	);
});

test('a control character in a string is reported but not fatal', () => {
	const doc = parseJson('{"a": "x\ty"}');
	assert.equal(doc.fatal, false);
	assert.deepEqual(codes('{"a": "x\ty"}'), ['control-character-in-string']);
	assert.deepEqual(doc.value, { a: 'x\ty' });
});

test('a truncated document is fatal, with its partial tree kept', () => {
	const doc = parseJson('{"a": {"b": [1, 2');
	assert.equal(doc.fatal, true);
	assert.deepEqual(doc.syntax.map((p) => p.code), ['close-bracket-expected', 'close-brace-expected', 'close-brace-expected']);
	assert.deepEqual(doc.value, { a: { b: [1, 2] } });
	assert.equal(findNode(doc.root, ['a', 'b', 1])?.value, 2);
	// A key without a value is dropped rather than given an undefined value.
	assert.deepEqual(parseJson('{"a": ').value, {});
});

test('a root that is an array parses; the model decides what to make of it', () => {
	const doc = parseJson('[1, {"a": 2}]');
	assert.equal(doc.fatal, false);
	assert.equal(doc.root?.type, 'array');
	assert.deepEqual(doc.value, [1, { a: 2 }]);
	assert.equal(findNode(doc.root, [1, 'a'])?.value, 2);
	assert.equal(findNode(doc.root, ['1']), undefined);
});

test('an empty or blank file is one fatal empty-document problem', () => {
	for (const text of ['', '  \n']) {
		const doc = parseJson(text);
		assert.equal(doc.root, undefined);
		assert.equal(doc.value, undefined);
		assert.deepEqual(doc.syntax.map((p) => [p.code, p.offset, p.length, p.fatal]), [['empty-document', 0, text.length, true]]);
	}
	assert.deepEqual(codes('hello'), ['invalid-symbol']);
});

test('10,000-deep nesting gives too-deep without throwing', () => {
	for (const text of ['['.repeat(10_000) + ']'.repeat(10_000), '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000), '['.repeat(200_000)]) {
		const doc = parseJson(text);
		assert.equal(doc.fatal, true);
		assert.equal(doc.root, undefined);
		assert.ok(doc.syntax.some((p) => p.code === 'too-deep'));
	}
	// The limit itself is fine.
	assert.equal(parseJson('['.repeat(MAX_DEPTH) + ']'.repeat(MAX_DEPTH)).fatal, false);
});

const problems = (doc: JsonDocument) => doc.syntax.map((p) => [p.code, p.offset, p.length, p.fatal]);

test('a block comment opened by the last two characters: its problems end at the end of the text', () => {
	// jsonc-parser's scanner gives this comment one character more than the text holds.
	assert.deepEqual(problems(parseJson('/*')), [
		['unexpected-end-of-comment', 0, 2, true],
		['comment', 0, 2, false],
	]);
	assert.deepEqual(problems(parseJson('{"a": 1} /*')), [
		['unexpected-end-of-comment', 9, 2, true],
		['comment', 9, 2, false],
	]);
	// A container left open before such a comment ends with the text too (found by npm run fuzz, case 924 of seed 20261203).
	const open = parseJson('/*c*/\\{"$ref"/*');
	assert.deepEqual([open.root?.type, open.root?.offset, open.root?.length], ['object', 6, 9]);
	// A longer open comment was always measured right.
	assert.deepEqual(problems(parseJson('/* x')), [
		['unexpected-end-of-comment', 0, 4, true],
		['comment', 0, 4, false],
	]);
});

// What each deep document gives: one fatal too-deep at the first bracket beyond MAX_DEPTH, and nothing else.
const DEEP_CASES: [string, string, [string, number, number, boolean][]][] = [
	['unclosed [ x 1001', '['.repeat(MAX_DEPTH + 1), [['too-deep', MAX_DEPTH, 1, true]]],
	['unclosed [ x 8000', '['.repeat(8000), [['too-deep', MAX_DEPTH, 1, true]]],
	['unclosed [ x 100,000', '['.repeat(100_000), [['too-deep', MAX_DEPTH, 1, true]]],
	['unclosed {"a": x 1001', '{"a":'.repeat(MAX_DEPTH + 1), [['too-deep', MAX_DEPTH * 5, 1, true]]],
	['unclosed {"a": x 8000', '{"a":'.repeat(8000), [['too-deep', MAX_DEPTH * 5, 1, true]]],
	['unclosed {"a": x 100,000', '{"a":'.repeat(100_000), [['too-deep', MAX_DEPTH * 5, 1, true]]],
	['closed [ x 8000, then a comment', '['.repeat(8000) + ']'.repeat(8000) + ' // c', [['too-deep', MAX_DEPTH, 1, true]]],
	// Problems before the bracket beyond the limit are kept; nothing after it is looked at.
	['a comment, then unclosed [ x 8000', '/* c */' + '['.repeat(8000), [['comment', 0, 7, false], ['too-deep', 7 + MAX_DEPTH, 1, true]]],
];

test('nesting beyond MAX_DEPTH, closed or left open, gives one too-deep at the first bracket beyond it', () => {
	for (const [label, text, expected] of DEEP_CASES) {
		for (const doc of [parseJson(text), parseTolerant(text)]) {
			assert.deepEqual(problems(doc), expected, label);
			assert.equal(doc.fatal, true);
			assert.equal(doc.root, undefined);
			assert.equal(doc.value, undefined);
		}
	}
});

test('nesting beyond MAX_DEPTH gives the same problems in a worker thread with a 1 MB stack', async () => {
	// The tolerant pass runs jsonc-parser's recursive descent, whose stack overflows at a depth that depends on the
	// thread; the problems must not.
	const source = `
		const { parentPort, workerData } = require('node:worker_threads');
		require(${JSON.stringify(require.resolve('tsx/cjs/api'))}).register();
		const { parseJson, parseTolerant } = require(${JSON.stringify(path.join(__dirname, '..', '..', 'server', 'src', 'core', 'json.ts'))});
		const problems = (doc) => doc.syntax.map((p) => [p.code, p.offset, p.length, p.fatal]);
		parentPort.postMessage(workerData.map((text) => [problems(parseJson(text)), problems(parseTolerant(text))]));
	`;
	const worker = new Worker(source, { eval: true, workerData: DEEP_CASES.map(([, text]) => text), resourceLimits: { stackSizeMb: 1 } });
	const results = await new Promise<unknown>((resolve, reject) => {
		worker.once('message', resolve);
		worker.once('error', reject);
	});
	await worker.terminate();
	assert.deepEqual(
		results,
		DEEP_CASES.map(([, , expected]) => [expected, expected]),
	);
});

test('a __proto__ key stays an ordinary data property and pollutes nothing', () => {
	const doc = parseJson('{"__proto__": {"polluted": true}, "a": {"__proto__": 1}}');
	const value = doc.value as Record<string, unknown>;
	assert.equal(Object.getPrototypeOf(value), Object.prototype);
	assert.deepEqual(Object.keys(value), ['__proto__', 'a']);
	assert.deepEqual(Object.getOwnPropertyDescriptor(value, '__proto__')?.value, { polluted: true });
	assert.equal((value as { polluted?: unknown }).polluted, undefined);
	assert.equal(({} as { polluted?: unknown }).polluted, undefined);
	assert.equal(Object.getOwnPropertyDescriptor(value.a, '__proto__')?.value, 1);
	assert.equal(findNode(doc.root, ['__proto__', 'polluted'])?.value, true);
});

test('strict JSON (native parse) and tolerant JSON (tree conversion) give the same value', () => {
	const strict = '{"a": 1, "a": {"__proto__": {"x": true}, "list": [1, "two", null, {"b": false}]}, "c": -2.5e3}';
	const tolerant = strict.replace('null,', 'null, /* comment */') + '\n// trailing comment';
	const fromNative = parseJson(strict);
	const fromTree = parseJson(tolerant);
	assert.equal(fromNative.syntax.length, 0);
	assert.ok(fromTree.syntax.length > 0);
	assert.deepEqual(fromTree.value, fromNative.value);
	const value = fromNative.value as { a: Record<string, unknown> };
	assert.deepEqual(Object.keys(value.a), ['__proto__', 'list']);
	assert.equal(Object.getPrototypeOf(value.a), Object.prototype);
	assert.equal(Object.getPrototypeOf(fromTree.value as object), Object.prototype);
	assert.equal(fromNative.duplicateKeys.length, 1);
});
