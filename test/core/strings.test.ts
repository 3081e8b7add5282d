// The character helpers of the string rules (core/strings.ts) count and pick characters as a reader sees them (code
// points, as `[...text]` splits a string), without making an array of the text; disallowedSummaryChars answers a
// summary of letters, digits, spaces and parentheses with one test and any other the same as character by character.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { charLength, disallowedSummaryChars, isAlphanumeric, lastChar } from '../../server/src/core/strings';

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
