// parseJson reads a text whose only departures from strict JSON are comments, trailing commas and control characters in
// strings the strict way (core/json.ts, parseTolerated), to exactly the tree, value and problems the tolerant
// jsonc-parser pass gives; any other departure is the tolerant pass's. Each case also says which way it went, so a
// route that stopped being taken fails here rather than passing as the tolerant pass.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { jsonIndexOf, parseJson, parseTolerant } from '../../server/src/core/json';
import { documentSummary } from '../helpers/jsonDocuments';
import { randomJsonText, seededRandom } from '../helpers/seeded';

/** Parses `text` both ways, holds them equal, and says whether parseJson read it the strict way. */
function parsedStrictly(text: string): boolean {
	const doc = parseJson(text);
	assert.deepEqual(documentSummary(doc), documentSummary(parseTolerant(text)), JSON.stringify(text).slice(0, 300));
	return jsonIndexOf(doc) !== undefined;
}

test('comments, trailing commas and control characters in strings are read the strict way, to the tolerant document', () => {
	for (const text of [
		'{"a": 1,}',
		'[1, 2,]',
		'[[1,],{"a":[],},]',
		'{"a": [1, 2 ,\r\n\t] ,\n}',
		'[1, /* between */ ]',
		'[1, // to the end of the line\n]',
		'{"a": 1 // note\n}',
		'{"a": 1 // note\r\n}',
		'{"a": 1, // note\r"b": 2}',
		'{"a": /* c */ 1}',
		'{"a" /* : */ : 1}',
		'/* before */ {"a": 1} // after',
		'{"a": 1} /* after, spanning\r\nlines\r\n */',
		'{"a": "x"/**/,"b"://\n2}',
		'/* a "quote", a // and a /* inside */ [1]',
		'/***/[1]',
		'/*/ */[1]',
		'{"url": "https://example.com/*not a comment*/", "b": 1,}',
		'{"a": "tab\there"}',
		'{"a": "\u0000\u0001\u001f", "b": ["\u000b", "x\u000cy"]}',
		'{"a": "two\ttabs\tand an escaped \\" quote\\\\"}',
		'{"a": "escaped \\n and raw \t"}',
		'{"key\twith a tab": 1, "escaped\\u0041key\twith a tab": 2}',
		'{"a": "\t",} // all three',
		'"\t"',
		// Indented with tabs: control characters outside strings, before and after the strings that hold one.
		'{\n\t"a": "x",\n\t"b": "tab\there", "c": "y\t"\n\t,"d": ["\tz", "w"]\n}',
		'[\n\t"no control here",\n\t"but\there"\r\n]',
		'{"__proto__": {"polluted": true}, "b": 1,}',
		'[true, false, null, 0, -0, 12.5e-3, 1E+2, -7,]',
	]) {
		assert.ok(parsedStrictly(text), `read the strict way: ${JSON.stringify(text)}`);
	}
});

test('the problems are the tolerant pass\'s, in its order, and the value keeps the control characters as written', () => {
	const text = '{ // c\n  "a": "x\ty",\n  "b": [1, /* d */ ],\n}';
	const doc = parseJson(text);
	assert.deepEqual(
		doc.syntax.map((problem) => [problem.code, problem.offset, problem.length, problem.fatal]),
		[
			['comment', 2, 4],
			['control-character-in-string', 14, 5],
			['comment', 32, 7],
			['trailing-comma', 30, 1],
			['trailing-comma', 41, 1],
		].map((row) => [...row, false]),
	);
	assert.deepEqual(doc.value, { a: 'x\ty', b: [1] });
	assert.equal(doc.fatal, false);
	assert.ok(jsonIndexOf(doc));
});

test('any other departure, a repeated key or a nest near the limit is the tolerant pass\'s', () => {
	for (const text of [
		'[,]',
		'{,}',
		'[1,,2]',
		'[1,,]',
		'{"a":,}',
		'{"a",}',
		'1,',
		', 1',
		'[1,] x',
		'[1] /* not closed',
		'[1] / 2',
		'[1, /]',
		'{"a": "line\nbreak"}',
		'{"a": "line\rbreak", "b": 1,}',
		'{"a": "backslash \\\ttab"}',
		'{\n\t"a": "tab\tthen a line\nbreak"\n}',
		'{\n\t"a": "x",\n\t"b": "line\nbreak"\n}',
		'[\n\t"escaped \\\ttab"\n]',
		'{"a": "not closed\t',
		'{"a": 1, "a": 2,}',
		'{"a": "\t", "a": 1}',
		'// only a comment',
		'/* only a comment */',
		'{"a": 01,}',
		'{"a": tru,}',
		'[nul /* c */]',
		'[1., 2,]',
		'[-, 1,]',
		'[1e, 2,]',
		'{"a": 1,} {"b": 2}',
		'{"a": [1,}',
		'[{"a": 1],}',
		"{'a': 1,}",
		'{"a": 1 /* c */ "b": 2}',
		`${'['.repeat(1001)}1,${']'.repeat(1001)}`,
	]) {
		assert.ok(!parsedStrictly(text), `left to the tolerant pass: ${JSON.stringify(text)}`);
	}
});

test('seeded random documents with random comments, trailing commas and control characters parse to the tolerant document', () => {
	const next = seededRandom(20261204);
	const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
	let strict = 0;
	const total = 400;
	for (let i = 0; i < total; i++) {
		const original = randomJsonText(next);
		// Where strings are, from the tolerant tree of the original: departures go inside or outside them.
		const strings: [number, number][] = [];
		const pending = [parseTolerant(original).root];
		while (pending.length) {
			const node = pending.pop();
			if (node?.type === 'string' && node.length > 2) {
				strings.push([node.offset, node.offset + node.length]);
			}
			pending.push(...(node?.children ?? []));
		}
		const inside = (at: number) => strings.some(([start, end]) => at > start && at < end - 1);
		let text = '';
		for (let at = 0; at < original.length; at++) {
			const char = original[at];
			if (inside(at)) {
				text += next() < 0.05 ? pick(['\t', '\u0000', '\u001f', '\u000b']) : char;
				continue;
			}
			if ((char === ']' || char === '}') && next() < 0.3) {
				text += pick([',', ' ,', ',/* c */', ', // c\n']);
			}
			if ((char === ',' || char === ':' || char === '[' || char === '{') && next() < 0.15) {
				text += char + pick(['/* c */', '// c\n', '/*\r\n*/', '//\r']);
				continue;
			}
			text += char;
		}
		if (parsedStrictly(text)) {
			strict++;
		}
		// Cut anywhere, it is still the same both ways.
		parsedStrictly(text.slice(0, Math.floor(next() * text.length)));
	}
	// Most depart only in the tolerated ways; the rest (a comma in an empty container, a repeated key) do not.
	assert.ok(strict > total / 3, `${strict} of ${total} read the strict way`);
});
