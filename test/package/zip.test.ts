// The zip reader behind `package --check`, on real zips: valid ones built with fflate, hostile ones made by patching
// their bytes. Every case asserts the exact result, so a check that loosens (or a message that drifts) fails here
// before it reaches the submission checks.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { strToU8, zipSync } from 'fflate';
import { openZip, overRatio, printable, readEntry, zipBudget, type Zip, type ZipBudget, type ZipEntry, type ZipLimits, type ZipReadResult } from '../../server/src/package/zip';

const MTIME = new Date(1980, 0, 1);
const LIMITS: ZipLimits = Object.freeze({ maxEntries: 100, maxTotalBytes: 1_000_000, maxRatio: 100, ratioAppliesAbove: 100_000 });
/** Its CRC-32 is the textbook 0x414fa339. */
const FOX = 'The quick brown fox jumps over the lazy dog';

/** A zip of `files`, deflated except the names in `stored`. */
function zipOf(files: Record<string, string | Uint8Array>, stored: readonly string[] = []): Uint8Array {
	const entries: Record<string, [Uint8Array, { mtime: Date; level: 0 | 6 }]> = {};
	for (const [name, content] of Object.entries(files)) {
		entries[name] = [typeof content === 'string' ? strToU8(content) : content, { mtime: MTIME, level: stored.includes(name) ? 0 : 6 }];
	}
	return zipSync(entries, { mtime: MTIME });
}

const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** Offset of the central directory record of `name`. */
function central(bytes: Uint8Array, name: string): number {
	const wanted = strToU8(name);
	const data = view(bytes);
	for (let at = 0; at + 46 <= bytes.length; at++) {
		if (data.getUint32(at, true) === 0x02014b50 && data.getUint16(at + 28, true) === wanted.length && wanted.every((byte, i) => bytes[at + 46 + i] === byte)) {
			return at;
		}
	}
	throw new Error(`no central directory record for ${name}`);
}

/** Offset of the end-of-central-directory record (fflate writes no comment, so it is the last 22 bytes). */
const endRecord = (bytes: Uint8Array) => bytes.length - 22;

/** A copy of `bytes` with `patch` applied. */
function patched(bytes: Uint8Array, patch: (data: DataView, copy: Uint8Array) => void): Uint8Array {
	const copy = bytes.slice();
	patch(view(copy), copy);
	return copy;
}

/** A copy with fields of the central record of `name` rewritten (offsets as in the zip specification). */
function patchCentral(bytes: Uint8Array, name: string, patch: (data: DataView, at: number) => void): Uint8Array {
	const at = central(bytes, name);
	return patched(bytes, (data) => patch(data, at));
}

function opened(bytes: Uint8Array, budget: ZipBudget = zipBudget(LIMITS)): Zip {
	const result = openZip(bytes, budget);
	assert.ok('zip' in result, `not opened: ${JSON.stringify(result)}`);
	return result.zip;
}

function entry(zip: Zip, name: string): ZipEntry {
	const found = zip.entries.find((candidate) => candidate.name === name);
	assert.ok(found, `no entry ${name}`);
	return found;
}

/** Opens `bytes` and reads `name` from it. */
function readOne(bytes: Uint8Array, name: string, budget: ZipBudget = zipBudget(LIMITS)): ZipReadResult {
	const zip = opened(bytes, budget);
	return readEntry(zip, entry(zip, name), budget);
}

const unreadable = (reason: string) => ({ error: 'unreadable', reason });

/** Rewrites a zip's end record as zip64: the real numbers move to a zip64 end record and its locator. */
function asZip64(bytes: Uint8Array): Uint8Array {
	const end = endRecord(bytes);
	const old = view(bytes);
	const out = new Uint8Array(end + 56 + 20 + 22);
	out.set(bytes.subarray(0, end));
	const data = view(out);
	data.setUint32(end, 0x06064b50, true);
	data.setBigUint64(end + 4, 44n, true);
	data.setBigUint64(end + 24, BigInt(old.getUint16(end + 8, true)), true);
	data.setBigUint64(end + 32, BigInt(old.getUint16(end + 10, true)), true);
	data.setBigUint64(end + 40, BigInt(old.getUint32(end + 12, true)), true);
	data.setBigUint64(end + 48, BigInt(old.getUint32(end + 16, true)), true);
	const locator = end + 56;
	data.setUint32(locator, 0x07064b50, true);
	data.setBigUint64(locator + 8, BigInt(end), true);
	data.setUint32(locator + 16, 1, true);
	const record = locator + 20;
	data.setUint32(record, 0x06054b50, true);
	data.setUint16(record + 8, 0xffff, true);
	data.setUint16(record + 10, 0xffff, true);
	data.setUint32(record + 12, 0xffffffff, true);
	data.setUint32(record + 16, 0xffffffff, true);
	return out;
}

/** Moves the sizes and local offset of `name` into a zip64 extra field of `fieldBytes` (24 holds all three). */
function withZip64Sizes(bytes: Uint8Array, name: string, fieldBytes = 24): Uint8Array {
	const at = central(bytes, name);
	const old = view(bytes);
	const insertAt = at + 46 + old.getUint16(at + 28, true) + old.getUint16(at + 30, true);
	const extra = new Uint8Array(4 + fieldBytes);
	const field = view(extra);
	field.setUint16(0, 0x0001, true);
	field.setUint16(2, fieldBytes, true);
	const values = [old.getUint32(at + 24, true), old.getUint32(at + 20, true), old.getUint32(at + 42, true)];
	values.forEach((value, i) => 4 + 8 * i + 8 <= extra.length && field.setBigUint64(4 + 8 * i, BigInt(value), true));
	const out = new Uint8Array(bytes.length + extra.length);
	out.set(bytes.subarray(0, insertAt));
	out.set(extra, insertAt);
	out.set(bytes.subarray(insertAt), insertAt + extra.length);
	const data = view(out);
	data.setUint32(at + 20, 0xffffffff, true);
	data.setUint32(at + 24, 0xffffffff, true);
	data.setUint32(at + 42, 0xffffffff, true);
	data.setUint16(at + 30, old.getUint16(at + 30, true) + extra.length, true);
	const end = endRecord(out);
	data.setUint32(end + 12, data.getUint32(end + 12, true) + extra.length, true);
	return out;
}

describe('zip reader: valid zips', () => {
	test('lists every entry in central directory order with its sizes and flags, and reads back the exact bytes', () => {
		const bytes256 = Uint8Array.from({ length: 256 }, (_, i) => i);
		const files = { 'fox.txt': FOX, 'dir/': '', 'dir/bytes.bin': bytes256, 'empty.txt': '', 'repeat.txt': 'ab'.repeat(5000), 'naïve.txt': 'é' };
		const budget = zipBudget(LIMITS);
		const zip = opened(zipOf(files, ['dir/bytes.bin']), budget);
		assert.deepEqual(
			zip.entries.map(({ name, method, size, encrypted, unsafe }) => ({ name, method, size, encrypted, unsafe })),
			[
				{ name: 'fox.txt', method: 8, size: 43, encrypted: false, unsafe: undefined },
				{ name: 'dir/', method: 8, size: 0, encrypted: false, unsafe: undefined },
				{ name: 'dir/bytes.bin', method: 0, size: 256, encrypted: false, unsafe: undefined },
				{ name: 'empty.txt', method: 8, size: 0, encrypted: false, unsafe: undefined },
				{ name: 'repeat.txt', method: 8, size: 10_000, encrypted: false, unsafe: undefined },
				{ name: 'naïve.txt', method: 8, size: 2, encrypted: false, unsafe: undefined },
			],
		);
		assert.equal(entry(zip, 'fox.txt').crc, 0x414fa339);
		assert.equal(entry(zip, 'dir/bytes.bin').compressedSize, 256, 'stored: compressed size is the size');
		assert.ok(entry(zip, 'repeat.txt').compressedSize < 200, 'deflated: the compressed size is what is in the file');
		assert.equal(zip.declaredBytes, 43 + 256 + 10_000 + 2);
		assert.equal(zip.inflatable, true);
		assert.equal(budget.entriesLeft, 100 - 6);
		for (const [name, content] of Object.entries(files)) {
			assert.deepEqual(readEntry(zip, entry(zip, name), budget), { data: typeof content === 'string' ? strToU8(content) : content }, name);
		}
		assert.equal(budget.bytesLeft, 1_000_000 - zip.declaredBytes, 'each read spends its declared size');
	});

	test('names: UTF-8 with or without bit 11, Latin-1 when not UTF-8, printed safely; unsafe ones are flagged but still listed', () => {
		const names = ['naïve.txt', 'cafX.txt', 'cafY.txt', '', '../evil', 'a/../../b', '/etc/passwd', '\\\\server\\share', 'C:x', 'dir\\file', 'esc\u001b[2J', 'bidi\u202etxt.exe'];
		let bytes = zipOf(Object.fromEntries(names.map((name) => [name, 'x'])));
		// Bit 11 cleared: still read as UTF-8, since the bytes are valid UTF-8.
		bytes = patchCentral(bytes, 'naïve.txt', (data, at) => data.setUint16(at + 8, data.getUint16(at + 8, true) & ~0x800, true));
		// 0xE9 before '.' is not UTF-8: without bit 11 that is Latin-1 'é'; with it, a replacement character.
		bytes = patchCentral(bytes, 'cafX.txt', (data, at) => data.setUint8(at + 46 + 3, 0xe9));
		bytes = patchCentral(bytes, 'cafY.txt', (data, at) => {
			data.setUint8(at + 46 + 3, 0xe9);
			data.setUint16(at + 8, data.getUint16(at + 8, true) | 0x800, true);
		});
		assert.deepEqual(
			opened(bytes).entries.map(({ name, unsafe }) => ({ name, unsafe })),
			[
				{ name: 'naïve.txt', unsafe: undefined },
				{ name: 'café.txt', unsafe: undefined },
				{ name: 'caf\ufffd.txt', unsafe: undefined },
				{ name: '', unsafe: 'the name is empty' },
				{ name: '../evil', unsafe: "it has a '..' segment, which points outside the folder it is extracted into" },
				{ name: 'a/../../b', unsafe: "it has a '..' segment, which points outside the folder it is extracted into" },
				{ name: '/etc/passwd', unsafe: 'it is an absolute path' },
				{ name: '\\\\server\\share', unsafe: 'it is an absolute path' },
				{ name: 'C:x', unsafe: 'it starts with a drive letter' },
				{ name: 'dir\\file', unsafe: 'it contains a backslash, which Windows reads as a folder separator' },
				// Escaped for printing, judged on the raw name.
				{ name: 'esc\\u001b[2J', unsafe: 'it contains control characters' },
				{ name: 'bidi\\u202etxt.exe', unsafe: undefined },
			],
		);
		assert.equal(printable('a\u0007b\u200fc\u2066d\u009fe'), 'a\\u0007b\\u200fc\\u2066d\\u009fe');
		assert.equal(printable('plain/ü name.json'), 'plain/ü name.json');
	});

	test('a zip64 end record and zip64 entry sizes are followed', () => {
		const bytes = asZip64(withZip64Sizes(zipOf({ 'fox.txt': FOX, 'b.txt': 'b' }), 'b.txt'));
		const zip64 = opened(bytes);
		assert.deepEqual(
			zip64.entries.map(({ name, size }) => ({ name, size })),
			[
				{ name: 'fox.txt', size: 43 },
				{ name: 'b.txt', size: 1 },
			],
		);
		assert.deepEqual(readEntry(zip64, entry(zip64, 'fox.txt'), zipBudget(LIMITS)), { data: strToU8(FOX) });
		assert.deepEqual(readEntry(zip64, entry(zip64, 'b.txt'), zipBudget(LIMITS)), { data: strToU8('b') });
	});
});

describe('zip reader: damaged zips give a clear error, never a throw', () => {
	test('not a zip, an empty file, a zip cut short', () => {
		const whole = zipOf({ 'fox.txt': FOX, 'b.txt': 'b' });
		assert.deepEqual(openZip(new Uint8Array(0), zipBudget(LIMITS)), unreadable('the file is empty'));
		assert.deepEqual(openZip(strToU8('%PDF-1.7'), zipBudget(LIMITS)), unreadable('no zip end-of-central-directory record was found'));
		assert.deepEqual(openZip(whole.subarray(0, whole.length - 1), zipBudget(LIMITS)), unreadable('no zip end-of-central-directory record was found'));
		// Cut at the front, the end record points at a central directory that is no longer where it says.
		assert.deepEqual(openZip(whole.subarray(40), zipBudget(LIMITS)), unreadable('the central directory lies outside the file (truncated or corrupt)'));
	});

	test('a damaged end record: multi-part, zip64 without its locator or its record', () => {
		const whole = zipOf({ 'fox.txt': FOX });
		const end = endRecord(whole);
		assert.deepEqual(openZip(patched(whole, (data) => data.setUint16(end + 4, 1, true)), zipBudget(LIMITS)), unreadable('it is split across several files (multi-part zips are not supported)'));
		assert.deepEqual(openZip(patched(whole, (data) => data.setUint16(end + 6, 1, true)), zipBudget(LIMITS)), unreadable('it is split across several files (multi-part zips are not supported)'));
		for (const field of [10, 12, 16]) {
			const marked = patched(whole, (data) => (field === 10 ? data.setUint16(end + field, 0xffff, true) : data.setUint32(end + field, 0xffffffff, true)));
			assert.deepEqual(openZip(marked, zipBudget(LIMITS)), unreadable('the zip64 end-of-central-directory locator is missing'), `field ${field}`);
		}
		const zip64 = asZip64(whole);
		const locator = endRecord(zip64) - 20;
		assert.deepEqual(openZip(patched(zip64, (data) => data.setUint32(locator - 56, 0, true)), zipBudget(LIMITS)), unreadable('the zip64 end-of-central-directory record is missing'));
		// A locator pointing past itself (or anywhere a whole record does not fit before it) is refused, not followed.
		assert.deepEqual(openZip(patched(zip64, (data) => data.setBigUint64(locator + 8, BigInt(locator - 55), true)), zipBudget(LIMITS)), unreadable('the zip64 end-of-central-directory record is missing'));
		assert.deepEqual(openZip(patched(zip64, (data) => data.setBigUint64(locator + 8, 2n ** 60n, true)), zipBudget(LIMITS)), unreadable('the zip64 end-of-central-directory record is missing'));
	});

	test('a damaged central directory', () => {
		const whole = zipOf({ 'fox.txt': FOX, 'b.txt': 'b' });
		// The end record counts one entry more than there is: the third record is the end record itself.
		const extra = patched(whole, (data) => {
			data.setUint16(endRecord(whole) + 8, 3, true);
			data.setUint16(endRecord(whole) + 10, 3, true);
		});
		assert.deepEqual(openZip(extra, zipBudget(LIMITS)), unreadable('central directory entry 3 of 3 is corrupt'));
		assert.deepEqual(openZip(patchCentral(whole, 'b.txt', (data, at) => data.setUint32(at, 0, true)), zipBudget(LIMITS)), unreadable('central directory entry 2 of 2 is corrupt'));
		// A name, extra field or comment running past the directory.
		for (const field of [28, 30, 32]) {
			assert.deepEqual(openZip(patchCentral(whole, 'fox.txt', (data, at) => data.setUint16(at + field, 0xfff0, true)), zipBudget(LIMITS)), unreadable('central directory entry 1 of 2 is corrupt'), `field ${field}`);
		}
		assert.deepEqual(openZip(patchCentral(whole, 'b.txt', (data, at) => data.setUint32(at + 24, 0xffffffff, true)), zipBudget(LIMITS)), unreadable('central directory entry 2 of 2 lacks its zip64 sizes'));
		// A zip64 field too short for the three values it must hold.
		assert.deepEqual(openZip(withZip64Sizes(whole, 'b.txt', 16), zipBudget(LIMITS)), unreadable('central directory entry 2 of 2 lacks its zip64 sizes'));
	});

	test('random damage anywhere gives results, never an exception', () => {
		const good = zipOf({ 'fox.txt': FOX, 'repeat.txt': 'ab'.repeat(5000), 'stored.txt': FOX, 'dir/nested.json': '{"a":1}' }, ['stored.txt']);
		let seed = 7;
		const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
		const outcomes = new Set<string>();
		for (let round = 0; round < 400; round++) {
			const damaged = good.slice();
			for (let flips = 1 + Math.floor(random() * 4); flips > 0; flips--) {
				damaged[Math.floor(random() * damaged.length)] = Math.floor(random() * 256);
			}
			const bytes = round % 3 === 0 ? damaged.subarray(0, Math.floor(random() * damaged.length)) : damaged;
			const budget = zipBudget(LIMITS);
			const result = openZip(bytes, budget);
			if ('zip' in result) {
				for (const item of result.zip.entries) {
					const read = readEntry(result.zip, item, budget);
					outcomes.add('data' in read ? 'data' : read.error);
				}
			} else {
				outcomes.add(result.error);
			}
		}
		// The damage reached both the listing and the data.
		assert.ok(outcomes.has('unreadable') && outcomes.has('data'), [...outcomes].join(', '));
	});
});

describe('zip reader: offsets out of bounds are refused', () => {
	test('a central directory outside the file is not read', () => {
		const whole = zipOf({ 'fox.txt': FOX });
		const end = endRecord(whole);
		const outside = unreadable('the central directory lies outside the file (truncated or corrupt)');
		assert.deepEqual(openZip(patched(whole, (data) => data.setUint32(end + 16, whole.length + 100, true)), zipBudget(LIMITS)), outside);
		assert.deepEqual(openZip(patched(whole, (data) => data.setUint32(end + 16, 0xfffffff0, true)), zipBudget(LIMITS)), outside);
		assert.deepEqual(openZip(patched(whole, (data) => data.setUint32(end + 12, data.getUint32(end + 12, true) + 1, true)), zipBudget(LIMITS)), outside);
	});

	test('an entry whose local header or data lies outside the file is not read', () => {
		const whole = zipOf({ 'fox.txt': FOX, 'stored.txt': FOX }, ['stored.txt']);
		const noHeader = unreadable('its local header is missing (the zip is corrupt)');
		for (const name of ['fox.txt', 'stored.txt']) {
			assert.deepEqual(readOne(patchCentral(whole, name, (data, at) => data.setUint32(at + 42, whole.length + 100, true)), name), noHeader, name);
			assert.deepEqual(readOne(patchCentral(whole, name, (data, at) => data.setUint32(at + 42, whole.length - 29, true)), name), noHeader, name);
			// Inside the file but not at a local header.
			assert.deepEqual(readOne(patchCentral(whole, name, (data, at) => data.setUint32(at + 42, 1, true)), name), noHeader, name);
			assert.deepEqual(
				readOne(patchCentral(whole, name, (data, at) => data.setUint32(at + 20, whole.length, true)), name),
				unreadable('its data runs past the end of the zip (the zip is truncated)'),
				name,
			);
		}
		// The local header's own name and extra lengths count too.
		const longLocalName = patched(whole, (data) => data.setUint16(26, 0xffff, true));
		assert.deepEqual(readOne(longLocalName, 'fox.txt'), unreadable('its data runs past the end of the zip (the zip is truncated)'));
	});
});

describe('zip reader: entry data is checked against the central directory', () => {
	test('an entry that inflates past its declared size is stopped as soon as it does', () => {
		const budget = zipBudget(LIMITS);
		assert.deepEqual(readOne(patchCentral(zipOf({ 'fox.txt': FOX }), 'fox.txt', (data, at) => data.setUint32(at + 24, 10, true)), 'fox.txt', budget), unreadable('it inflates to more than its declared 10 bytes'));
		assert.equal(budget.bytesLeft, LIMITS.maxTotalBytes - 10, 'the declared size is what is spent');

		// 40 stored deflate blocks of 1,000 bytes, then an invalid block: inflated whole, the stream fails at its end;
		// declared smaller, it is stopped in the first 16 KB slices, long before the bad block is reached.
		const stream = new Uint8Array(40 * 1005 + 1);
		for (let block = 0; block < 40; block++) {
			stream.set([0x00, 1000 & 0xff, 1000 >> 8, ~1000 & 0xff, (~1000 >> 8) & 0xff], block * 1005);
		}
		stream[40 * 1005] = 0x07; // final block, type 3: reserved, an error
		const crafted = (declared: number) =>
			patchCentral(zipOf({ 'x.bin': stream }, ['x.bin']), 'x.bin', (data, at) => {
				data.setUint16(at + 10, 8, true);
				data.setUint32(at + 24, declared, true);
			});
		assert.deepEqual(readOne(crafted(40_000), 'x.bin'), unreadable('its compressed data is corrupt (invalid block type)'));
		assert.deepEqual(readOne(crafted(10), 'x.bin'), unreadable('it inflates to more than its declared 10 bytes'));
		assert.deepEqual(readOne(crafted(20_000), 'x.bin'), unreadable('it inflates to more than its declared 20000 bytes'));
	});

	test('an entry that gives less than it declares is refused', () => {
		const whole = zipOf({ 'fox.txt': FOX, 'stored.txt': FOX }, ['stored.txt']);
		assert.deepEqual(readOne(patchCentral(whole, 'fox.txt', (data, at) => data.setUint32(at + 24, 50, true)), 'fox.txt'), unreadable('it inflates to 43 bytes, not its declared 50'));
		assert.deepEqual(readOne(patchCentral(whole, 'stored.txt', (data, at) => data.setUint32(at + 24, 50, true)), 'stored.txt'), unreadable('its stored size does not match its declared size'));
		// A compressed size that ends the deflate stream early, or leaves nothing of it.
		const compressed = (size: number) => readOne(patchCentral(whole, 'fox.txt', (data, at) => data.setUint32(at + 20, size, true)), 'fox.txt');
		assert.deepEqual(compressed(10), unreadable('its compressed data is corrupt (unexpected EOF)'));
		assert.deepEqual(compressed(0), unreadable('it inflates to 0 bytes, not its declared 43'));
	});

	test('a CRC-32 mismatch is reported, stored or deflated', () => {
		const whole = zipOf({ 'fox.txt': FOX, 'stored.txt': FOX }, ['stored.txt']);
		for (const name of ['fox.txt', 'stored.txt']) {
			assert.deepEqual(readOne(patchCentral(whole, name, (data, at) => data.setUint32(at + 16, 0xdeadbeef, true)), name), unreadable('its CRC-32 does not match its data (the zip is corrupt)'), name);
		}
		// One flipped data byte in a stored entry: same size, wrong checksum.
		const flipped = patched(whole, (data, copy) => {
			const local = data.getUint32(central(whole, 'stored.txt') + 42, true);
			copy[local + 30 + data.getUint16(local + 26, true) + data.getUint16(local + 28, true)] ^= 0x20;
		});
		assert.deepEqual(readOne(flipped, 'stored.txt'), unreadable('its CRC-32 does not match its data (the zip is corrupt)'));
	});

	test('only stored and deflated entries are read', () => {
		const whole = zipOf({ 'fox.txt': FOX });
		const method = (value: number) => readOne(patchCentral(whole, 'fox.txt', (data, at) => data.setUint16(at + 10, value, true)), 'fox.txt');
		assert.deepEqual(method(12), unreadable('it uses compression method 12 (BZIP2); only stored and deflated entries can be read'));
		assert.deepEqual(method(9), unreadable('it uses compression method 9 (Deflate64); only stored and deflated entries can be read'));
		assert.deepEqual(method(7), unreadable('it uses compression method 7; only stored and deflated entries can be read'));
	});
});

describe('zip reader: encryption', () => {
	test('bit 0, bit 6 or method 99 mark an entry encrypted: it is listed but never inflated, and costs nothing', () => {
		let bytes = zipOf({ 'a.txt': 'a', 'b.txt': 'b', 'c.txt': 'c', 'plain.txt': FOX });
		bytes = patchCentral(bytes, 'a.txt', (data, at) => data.setUint16(at + 8, data.getUint16(at + 8, true) | 0x01, true));
		bytes = patchCentral(bytes, 'b.txt', (data, at) => data.setUint16(at + 8, data.getUint16(at + 8, true) | 0x40, true));
		bytes = patchCentral(bytes, 'c.txt', (data, at) => data.setUint16(at + 10, 99, true));
		const budget = zipBudget(LIMITS);
		const zip = opened(bytes, budget);
		assert.deepEqual(
			zip.entries.map(({ name, encrypted }) => ({ name, encrypted })),
			[
				{ name: 'a.txt', encrypted: true },
				{ name: 'b.txt', encrypted: true },
				{ name: 'c.txt', encrypted: true },
				{ name: 'plain.txt', encrypted: false },
			],
		);
		for (const name of ['a.txt', 'b.txt', 'c.txt']) {
			assert.deepEqual(readEntry(zip, entry(zip, name), budget), { error: 'encrypted' }, name);
		}
		assert.equal(budget.bytesLeft, LIMITS.maxTotalBytes);
		assert.deepEqual(readEntry(zip, entry(zip, 'plain.txt'), budget), { data: strToU8(FOX) });
	});
});

describe('zip reader: limits', () => {
	test('a zip listing more entries than the budget has left is refused, and the budget is then spent', () => {
		const five = zipOf({ '1': '', '2': '', '3': '', '4': '', '5': '' });
		const budget = zipBudget({ ...LIMITS, maxEntries: 4 });
		assert.deepEqual(openZip(five, budget), { error: 'too-many-entries', count: 5, entriesLeft: 4 });
		assert.equal(budget.entriesLeft, 0);
		assert.deepEqual(openZip(zipOf({ one: '' }), budget), { error: 'too-many-entries', count: 1, entriesLeft: 0 });
		// Counted from the end record before the directory is walked: a damaged directory behind a huge count is not read.
		const claims = patched(five, (data) => data.setUint16(endRecord(five) + 10, 60_000, true));
		assert.deepEqual(openZip(claims, zipBudget(LIMITS)), { error: 'too-many-entries', count: 60_000, entriesLeft: 100 });
		// Exactly what is left is accepted.
		const exact = zipBudget({ ...LIMITS, maxEntries: 5 });
		assert.equal(opened(five, exact).entries.length, 5);
		assert.equal(exact.entriesLeft, 0);
	});

	test('the entry budget is shared: a nested zip counts against the same total, an unreadable one costs nothing', () => {
		const inner = zipOf({ 'a.txt': 'a', 'b.txt': 'b', 'c.txt': 'c' });
		const outer = zipOf({ 'intro.md': 'x', 'inner.zip': inner });
		const budget = zipBudget({ ...LIMITS, maxEntries: 4 });
		const outerZip = opened(outer, budget);
		assert.equal(budget.entriesLeft, 2);
		assert.deepEqual(openZip(strToU8('not a zip'), budget), unreadable('no zip end-of-central-directory record was found'));
		assert.equal(budget.entriesLeft, 2);
		const innerBytes = readEntry(outerZip, entry(outerZip, 'inner.zip'), budget);
		assert.ok('data' in innerBytes);
		assert.deepEqual(openZip(innerBytes.data, budget), { error: 'too-many-entries', count: 3, entriesLeft: 2 });
		// With room for both, the nested zip opens and uses up the rest.
		const roomy = zipBudget({ ...LIMITS, maxEntries: 5 });
		opened(outer, roomy);
		assert.equal(opened(inner, roomy).entries.length, 3);
		assert.equal(roomy.entriesLeft, 0);
		assert.equal(opened(zipOf({}), roomy).entries.length, 0, 'an empty zip needs no budget');
	});

	test('a zip that declares more than maxTotalBytes in all is listed, but none of its entries is inflated', () => {
		const bytes = zipOf({ 'a.txt': 'a'.repeat(600), 'b.txt': 'b'.repeat(400), 'c.txt': 'c' });
		const budget = zipBudget({ ...LIMITS, maxTotalBytes: 1000 });
		const zip = opened(bytes, budget);
		assert.equal(zip.declaredBytes, 1001);
		assert.equal(zip.inflatable, false);
		assert.deepEqual(
			zip.entries.map((item) => item.name),
			['a.txt', 'b.txt', 'c.txt'],
		);
		for (const item of zip.entries) {
			assert.deepEqual(readEntry(zip, item, budget), { error: 'declared-too-large' }, item.name);
		}
		assert.equal(budget.bytesLeft, 1000);
		// Declaring exactly the limit is allowed.
		assert.equal(opened(bytes, zipBudget({ ...LIMITS, maxTotalBytes: 1001 })).inflatable, true);
		// Sizes moved into a zip64 field are declared all the same.
		const zip64 = opened(withZip64Sizes(bytes, 'a.txt'), zipBudget({ ...LIMITS, maxTotalBytes: 1000 }));
		assert.equal(zip64.declaredBytes, 1001);
		assert.equal(zip64.inflatable, false);
	});

	test('inflated bytes are counted across every zip, and an entry over what is left is not read', () => {
		const first = zipOf({ 'a.txt': 'a'.repeat(600), 'broken.txt': 'x'.repeat(100) });
		const broken = patchCentral(first, 'broken.txt', (data, at) => data.setUint32(at + 16, 0, true));
		const second = zipOf({ 'b.txt': 'b'.repeat(300), 'c.txt': 'c', 'empty.txt': '' });
		const budget = zipBudget({ ...LIMITS, maxTotalBytes: 1000 });
		const one = opened(broken, budget);
		const two = opened(second, budget);
		assert.ok('data' in readEntry(one, entry(one, 'a.txt'), budget));
		// Inflating was attempted, so its declared size is spent even though the entry turned out corrupt.
		assert.deepEqual(readEntry(one, entry(one, 'broken.txt'), budget), unreadable('its CRC-32 does not match its data (the zip is corrupt)'));
		assert.equal(budget.bytesLeft, 300);
		assert.ok('data' in readEntry(two, entry(two, 'b.txt'), budget), 'exactly what is left is read');
		assert.deepEqual(readEntry(two, entry(two, 'c.txt'), budget), { error: 'over-budget', bytesLeft: 0 });
		assert.deepEqual(readEntry(two, entry(two, 'empty.txt'), budget), { data: new Uint8Array(0) });
		assert.equal(budget.bytesLeft, 0);
	});

	test('a large entry with an implausible compression ratio is refused before inflating', () => {
		const bytes = zipOf({ 'bomb.txt': 'a'.repeat(200_000), 'small.txt': 'a'.repeat(50_000) });
		const budget = zipBudget(LIMITS);
		const zip = opened(bytes, budget);
		const bomb = entry(zip, 'bomb.txt');
		assert.ok(bomb.size / bomb.compressedSize > 100);
		assert.equal(overRatio(bomb, LIMITS), true);
		assert.deepEqual(readEntry(zip, bomb, budget), { error: 'over-ratio' });
		assert.equal(budget.bytesLeft, LIMITS.maxTotalBytes, 'refused before anything is spent');
		// Entries up to ratioAppliesAbove may compress as well as they like.
		const small = entry(zip, 'small.txt');
		assert.equal(overRatio(small, LIMITS), false);
		assert.deepEqual(readEntry(zip, small, budget), { data: strToU8('a'.repeat(50_000)) });
		// A looser ratio reads the same entry.
		assert.deepEqual(readEntry(zip, bomb, zipBudget({ ...LIMITS, maxRatio: 100_000 })), { data: strToU8('a'.repeat(200_000)) });
	});

	test('the ratio limit at its edges', () => {
		const sized = (size: number, compressedSize: number): ZipEntry => ({ name: 'x', encrypted: false, method: 8, crc: 0, compressedSize, size, localOffset: 0 });
		assert.equal(overRatio(sized(100_000, 1), LIMITS), false, 'not over ratioAppliesAbove');
		assert.equal(overRatio(sized(100_001, 1001), LIMITS), false, 'a ratio just under 100');
		assert.equal(overRatio(sized(100_100, 1001), LIMITS), false, 'a ratio of exactly 100');
		assert.equal(overRatio(sized(100_101, 1001), LIMITS), true, 'a ratio just over 100');
		assert.equal(overRatio(sized(100_001, 0), LIMITS), true, 'nothing compressed counts as a ratio of the size');
	});
});
