import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/icon/icon-png';
import { GOOD_ICON, START, ZERO_WIDTH_ICON, crc32, ihdr, pngOfChunks } from '../../helpers/png';
import { runRule, summarize } from '../../helpers/ruleTester';

test('icon-png fires on a file that is not a PNG (a JPEG renamed icon.png)', () => {
	const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]);
	assert.deepEqual(summarize(runRule(rule, { icon: jpeg })), [
		{ ruleId: 'icon-png', file: 'icon', message: 'The icon must be submitted in PNG format as icon.png: this file does not start with the PNG signature.', range: START, jsonPointer: '' },
	]);
});

test('icon-png fires on a truncated PNG, with the decoder\'s reason', () => {
	const truncated = GOOD_ICON().slice(0, 60);
	const findings = runRule(rule, { icon: truncated });
	assert.equal(findings.length, 1);
	assert.match(findings[0].message, /^The icon must be submitted in PNG format as icon\.png: this file could not be decoded \(.+\)\.$/);
});

test('icon-png rejects at once an image header with a width of 0, which pngjs would walk row by row for minutes', () => {
	const icon = ZERO_WIDTH_ICON();
	// The signature, IHDR (0×2147483647, 16-bit grey) with its CRC, an empty IDAT and IEND.
	assert.equal(icon.length, 57);
	assert.equal(crc32(new TextEncoder().encode('IEND')), 0xae426082);
	const started = performance.now();
	assert.deepEqual(summarize(runRule(rule, { icon })), [
		{
			ruleId: 'icon-png',
			file: 'icon',
			message: 'The icon must be submitted in PNG format as icon.png: this file could not be decoded (its header announces a 0×2147483647 image, 0 pixels wide).',
			range: START,
			jsonPointer: '',
		},
	]);
	assert.ok(performance.now() - started < 1000, `${performance.now() - started} ms`);
	const flat = pngOfChunks([['IHDR', ihdr(230, 0, 8, 6)], ['IDAT', new Uint8Array(0)], ['IEND', new Uint8Array(0)]]);
	assert.match(runRule(rule, { icon: flat })[0].message, /\(its header announces a 230×0 image, 0 pixels high\)\.$/);
});

test('icon-png rejects at once an image its compressed data is too small to hold', () => {
	// 4000×4000 RGBA is 64,004,000 bytes of rows; 20 bytes of deflate inflate to at most 1032 times that.
	const icon = pngOfChunks([['IHDR', ihdr(4000, 4000, 8, 6)], ['IDAT', new Uint8Array(20)], ['IEND', new Uint8Array(0)]]);
	assert.deepEqual(runRule(rule, { icon }).map((f) => f.message), [
		'The icon must be submitted in PNG format as icon.png: this file could not be decoded (the file is too small to hold the 4000×4000 image its header announces: 20 bytes of image data cannot inflate to the 64004000 bytes it needs).',
	]);
});

test('icon-png does not fire on a real PNG', () => {
	assert.deepEqual(runRule(rule, { icon: GOOD_ICON() }), []);
});
