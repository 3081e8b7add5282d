// The character helpers of the string rules (core/strings.ts) count and pick characters as a reader sees them (code
// points, as `[...text]` splits a string), without making an array of the text; disallowedSummaryChars answers a
// summary of letters, digits, spaces and parentheses with one test and any other the same as character by character.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { charLength, disallowedSummaryChars, hasTwoWords, isAlphanumeric, lastChar, wordsOf } from '../../server/src/core/strings';

const SAMPLES = ['', 'a', 'Invoices', 'ab😀', '😀', '😀x', 'x\uD83D', '\uDE00', '\uDE00\uD83D', 'a\uD83D\uDE00\uD83D', 'Größe (m²)', 'ünïcödé 名前', '\uD83D\uDE00\uD83D\uDE00'];

test('charLength and lastChar agree with splitting the text into code points, lone surrogates included', () => {
	for (const text of SAMPLES) {
		const chars = [...text];
		assert.equal(charLength(text), chars.length, JSON.stringify(text));
		assert.equal(lastChar(text), chars.length ? chars[chars.length - 1] : '', JSON.stringify(text));
	}
});

test('disallowedSummaryChars: none in letters, digits, spaces and parentheses of any script; the others once each, in order', () => {
	assert.deepEqual(disallowedSummaryChars('Get invoice (v2) 名前 Größe'), []);
	assert.deepEqual(disallowedSummaryChars(''), []);
	assert.deepEqual(disallowedSummaryChars('Get a/b: c/d 😀'), ['/', ':', '😀']);
	assert.deepEqual(disallowedSummaryChars('Tab\there'), ['\t']);
	assert.deepEqual(disallowedSummaryChars('Get a/b: c', '/'), [':']);
	assert.deepEqual(disallowedSummaryChars('lone \uD83D'), ['\uD83D']);
});

test('disallowedSummaryChars finds what a test of each character finds, on every sample', () => {
	const slow = (text: string, skip = '') => {
		const found: string[] = [];
		for (const char of text) {
			if (!(char === ' ' || char === '(' || char === ')' || isAlphanumeric(char) || skip.includes(char) || found.includes(char))) {
				found.push(char);
			}
		}
		return found;
	};
	for (const text of [...SAMPLES, 'a-b_c', '(x)', '  ', 'Ünïcode - 2', 'x\u00A0y', '١٢٣ عربى']) {
		assert.deepEqual(disallowedSummaryChars(text), slow(text), JSON.stringify(text));
		assert.deepEqual(disallowedSummaryChars(text, '-'), slow(text, '-'), JSON.stringify(text));
	}
});

test('hasTwoWords says what counting wordsOf says, on every string of up to four characters from an alphabet of word and separator characters', () => {
	const alphabet = ['a', 'B', '1', 'é', '字', ' ', '-', "'", '’', '.', '\n', '😀', '_'];
	const texts = [''];
	for (let length = 1; length <= 4; length++) {
		for (const text of texts.filter((candidate) => [...candidate].length === length - 1)) {
			for (const char of alphabet) {
				texts.push(text + char);
			}
		}
	}
	assert.equal(texts.length, 1 + 13 + 13 ** 2 + 13 ** 3 + 13 ** 4);
	for (const text of [...texts, 'Gets the invoice.', 'Invoice', "don't-stop", 'a - b', '  x  ']) {
		assert.equal(hasTwoWords(text), wordsOf(text).length >= 2, JSON.stringify(text));
	}
});
