/**
 * A zip reader for untrusted input: the part of `package --check` that meets hostile bytes, kept apart so it can be
 * reviewed and tested alone.
 *
 * The central directory is walked here rather than through fflate's `unzipSync`: that gives the encryption flag and
 * lets every offset be bounds-checked before use. Entries are inflated with fflate's streaming `Inflate` in small
 * slices, so an entry that inflates past its declared size is stopped at once instead of after the whole stream;
 * CRC-32 and size are verified. Entry names are only ever compared, never used as paths: nothing here (or in its
 * callers) writes to disk, and `unsafe` says why a name would be dangerous if someone did.
 *
 * Nothing throws on bad input: `openZip` and `readEntry` return a structured error instead. One `ZipBudget` is shared
 * by every zip opened during a check, so a zip nested in a zip cannot reset the entry and byte totals.
 */
import type * as Fflate from 'fflate';
import { isUtf8 } from '../core/text';

/** The limits that keep a hostile zip harmless; `SubmissionLimits` adds the file size and nesting depth. */
export interface ZipLimits {
	/** Entries across every zip opened (outer, package and solution zips together). */
	readonly maxEntries: number;
	/** Uncompressed bytes: declared by any one zip, and actually inflated across the whole check. */
	readonly maxTotalBytes: number;
	/** Compression ratio refused for entries larger than `ratioAppliesAbove` (real connector files stay far below). */
	readonly maxRatio: number;
	readonly ratioAppliesAbove: number;
}

/** What is left of the limits; shared by every zip opened in one check, and spent by `openZip` and `readEntry`. */
export interface ZipBudget {
	readonly limits: ZipLimits;
	/** Entries that further zips may still list. */
	entriesLeft: number;
	/** Uncompressed bytes that further entries may still inflate. */
	bytesLeft: number;
}

export function zipBudget(limits: ZipLimits): ZipBudget {
	return { limits, entriesLeft: limits.maxEntries, bytesLeft: limits.maxTotalBytes };
}

export interface ZipEntry {
	/** The name as stored, made safe to print (control and bidi characters escaped). */
	readonly name: string;
	/** Bit 0 (traditional or AES) or bit 6 (strong encryption) of the flags, or method 99 (AES). */
	readonly encrypted: boolean;
	/** 0 stored, 8 deflated; anything else cannot be read. */
	readonly method: number;
	readonly crc: number;
	readonly compressedSize: number;
	/** The declared uncompressed size: what the budget and the ratio are judged by, and what inflating must give. */
	readonly size: number;
	readonly localOffset: number;
	/** Why the name must never be used as a path (Zip Slip), when it must not. */
	readonly unsafe?: string;
}

export interface Zip {
	readonly bytes: Uint8Array;
	/** Every entry in central directory order, unsafe names included. */
	readonly entries: readonly ZipEntry[];
	/** The uncompressed sizes the entries declare, added up. */
	readonly declaredBytes: number;
	/** False when `declaredBytes` is over `maxTotalBytes`: then no entry of this zip is inflated. */
	readonly inflatable: boolean;
}

export type ZipOpenResult =
	| { readonly zip: Zip }
	/** Not a zip, or one too damaged to list; `reason` completes a sentence ("… is not a readable zip file: reason"). */
	| { readonly error: 'unreadable'; readonly reason: string }
	/** The zip lists more entries than the budget has left; the budget is then spent, so nothing further is listed. */
	| { readonly error: 'too-many-entries'; readonly count: number; readonly entriesLeft: number };

export type ZipReadResult =
	| { readonly data: Uint8Array }
	/** The entry's zip declares more than `maxTotalBytes` in all (`Zip.inflatable` is false). */
	| { readonly error: 'declared-too-large' }
	| { readonly error: 'encrypted' }
	/** See `overRatio`. */
	| { readonly error: 'over-ratio' }
	/** The entry declares more than the bytes left in the budget. */
	| { readonly error: 'over-budget'; readonly bytesLeft: number }
	/** Corrupt, truncated, lying about its size, or compressed with an unsupported method; `reason` says which. */
	| { readonly error: 'unreadable'; readonly reason: string };

/** Compressed bytes pushed to the inflater at a time: one slice expands to at most ~17 MB before the size check. */
const INFLATE_SLICE = 16 * 1024;

const u16 = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8);
const u32 = (b: Uint8Array, at: number) => (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16)) + b[at + 3] * 0x1000000;
const u64 = (b: Uint8Array, at: number) => u32(b, at) + u32(b, at + 4) * 0x100000000;

const utf8 = new TextDecoder('utf-8', { fatal: false });
const latin1 = new TextDecoder('latin1');

/** Control characters and bidirectional overrides would let a name rewrite the terminal line it is printed on. */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** `text` with control and bidirectional-override characters written as `\uXXXX`. */
export function printable(text: string): string {
	return text.replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Why a name must never be used as a path (Zip Slip), or undefined when it is an ordinary relative name. */
function unsafeReason(name: string): string | undefined {
	if (name === '') {
		return 'the name is empty';
	}
	if (/[\u0000-\u001f\u007f-\u009f]/.test(name)) {
		return 'it contains control characters';
	}
	if (name.startsWith('/') || name.startsWith('\\')) {
		return 'it is an absolute path';
	}
	if (/^[A-Za-z]:/.test(name)) {
		return 'it starts with a drive letter';
	}
	if (name.split(/[\\/]/).includes('..')) {
		return "it has a '..' segment, which points outside the folder it is extracted into";
	}
	if (name.includes('\\')) {
		return 'it contains a backslash, which Windows reads as a folder separator';
	}
	return undefined;
}

/** A large entry that expands implausibly is a zip bomb, or at least nothing a connector needs. */
export function overRatio(entry: ZipEntry, limits: ZipLimits): boolean {
	const ratio = entry.compressedSize > 0 ? entry.size / entry.compressedSize : entry.size;
	return entry.size > limits.ratioAppliesAbove && ratio > limits.maxRatio;
}

/**
 * Lists a zip from its central directory, spending one entry of the budget per entry listed. Entries are not
 * inflated here; `readEntry` does that, one at a time.
 */
export function openZip(bytes: Uint8Array, budget: ZipBudget): ZipOpenResult {
	const listing = listZip(bytes, budget.entriesLeft);
	if ('error' in listing) {
		return { error: 'unreadable', reason: listing.error };
	}
	if ('tooMany' in listing) {
		const entriesLeft = budget.entriesLeft;
		budget.entriesLeft = 0;
		return { error: 'too-many-entries', count: listing.tooMany, entriesLeft };
	}
	budget.entriesLeft -= listing.entries.length;
	let declaredBytes = 0;
	for (const entry of listing.entries) {
		declaredBytes += entry.size;
	}
	return { zip: { bytes, entries: listing.entries, declaredBytes, inflatable: declaredBytes <= budget.limits.maxTotalBytes } };
}

/**
 * One entry's bytes, exactly as declared. Refused before any inflating when its zip declares too much, it is
 * encrypted, it is over the ratio or over what is left of the byte budget; otherwise its declared size is spent
 * from the budget (whether or not inflating then succeeds: that is the work it may cost).
 */
export function readEntry(zip: Zip, entry: ZipEntry, budget: ZipBudget): ZipReadResult {
	if (!zip.inflatable) {
		return { error: 'declared-too-large' };
	}
	if (entry.encrypted) {
		return { error: 'encrypted' };
	}
	if (overRatio(entry, budget.limits)) {
		return { error: 'over-ratio' };
	}
	if (entry.size > budget.bytesLeft) {
		return { error: 'over-budget', bytesLeft: budget.bytesLeft };
	}
	budget.bytesLeft -= entry.size;
	const data = inflateEntry(zip.bytes, entry);
	return typeof data === 'string' ? { error: 'unreadable', reason: data } : { data };
}

// ---------------------------------------------------------------------------------------------------------------
// The central directory

type Listing = { readonly entries: ZipEntry[] } | { readonly error: string } | { readonly tooMany: number };

function findEndOfCentralDirectory(bytes: Uint8Array): number {
	// The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
	const last = Math.max(0, bytes.length - 22 - 0xffff);
	for (let at = bytes.length - 22; at >= last; at--) {
		if (u32(bytes, at) === 0x06054b50) {
			return at;
		}
	}
	return -1;
}

/** Lists a zip's entries from its central directory; `budget` is how many more entries the whole check may read. */
function listZip(bytes: Uint8Array, budget: number): Listing {
	const end = findEndOfCentralDirectory(bytes);
	if (end < 0) {
		return { error: bytes.length === 0 ? 'the file is empty' : 'no zip end-of-central-directory record was found' };
	}
	let count = u16(bytes, end + 10);
	let directorySize = u32(bytes, end + 12);
	let offset = u32(bytes, end + 16);
	if (u16(bytes, end + 4) !== 0 || u16(bytes, end + 6) !== 0) {
		return { error: 'it is split across several files (multi-part zips are not supported)' };
	}
	if (count === 0xffff || directorySize === 0xffffffff || offset === 0xffffffff) {
		// Zip64: the real numbers are in the zip64 end record that the locator just before this one points to.
		const locator = end - 20;
		if (locator < 0 || u32(bytes, locator) !== 0x07064b50) {
			return { error: 'the zip64 end-of-central-directory locator is missing' };
		}
		const record = u64(bytes, locator + 8);
		if (record + 56 > locator || u32(bytes, record) !== 0x06064b50) {
			return { error: 'the zip64 end-of-central-directory record is missing' };
		}
		count = u64(bytes, record + 32);
		directorySize = u64(bytes, record + 40);
		offset = u64(bytes, record + 48);
	}
	if (count > budget) {
		return { tooMany: count };
	}
	if (offset + directorySize > end) {
		return { error: 'the central directory lies outside the file (truncated or corrupt)' };
	}
	const entries: ZipEntry[] = [];
	let at = offset;
	for (let index = 0; index < count; index++) {
		if (at + 46 > end || u32(bytes, at) !== 0x02014b50) {
			return { error: `central directory entry ${index + 1} of ${count} is corrupt` };
		}
		const flags = u16(bytes, at + 8);
		const nameLength = u16(bytes, at + 28);
		const extraLength = u16(bytes, at + 30);
		const next = at + 46 + nameLength + extraLength + u16(bytes, at + 32);
		if (next > end) {
			return { error: `central directory entry ${index + 1} of ${count} is corrupt` };
		}
		const rawName = bytes.subarray(at + 46, at + 46 + nameLength);
		// Bit 11 marks UTF-8 names; many tools write UTF-8 without it, and CP437 names are rare enough to show as Latin-1.
		const decoded = flags & 0x800 || isUtf8(rawName) ? utf8.decode(rawName) : latin1.decode(rawName);
		let size = u32(bytes, at + 24);
		let compressedSize = u32(bytes, at + 20);
		let localOffset = u32(bytes, at + 42);
		if (size === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff) {
			const zip64 = zip64Extra(bytes, at + 46 + nameLength, extraLength, size === 0xffffffff, compressedSize === 0xffffffff, localOffset === 0xffffffff);
			if (!zip64) {
				return { error: `central directory entry ${index + 1} of ${count} lacks its zip64 sizes` };
			}
			({ size, compressedSize, localOffset } = { size: zip64[0] ?? size, compressedSize: zip64[1] ?? compressedSize, localOffset: zip64[2] ?? localOffset });
		}
		const method = u16(bytes, at + 10);
		entries.push({
			name: printable(decoded),
			// Bit 0: traditional or AES encryption; bit 6: strong encryption; method 99: AES.
			encrypted: (flags & 0x41) !== 0 || method === 99,
			method,
			crc: u32(bytes, at + 16),
			compressedSize,
			size,
			localOffset,
			unsafe: unsafeReason(decoded),
		});
		at = next;
	}
	return { entries };
}

function zip64Extra(bytes: Uint8Array, start: number, length: number, wantSize: boolean, wantCompressed: boolean, wantOffset: boolean): (number | undefined)[] | undefined {
	for (let at = start; at + 4 <= start + length; at += 4 + u16(bytes, at + 2)) {
		if (u16(bytes, at) === 0x0001) {
			let field = at + 4;
			const take = (wanted: boolean) => {
				if (!wanted) {
					return undefined;
				}
				const value = u64(bytes, field);
				field += 8;
				return value;
			};
			const values = [take(wantSize), take(wantCompressed), take(wantOffset)];
			return field <= at + 4 + u16(bytes, at + 2) ? values : undefined;
		}
	}
	return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Entry data

const CRC_TABLE = (() => {
	const table = new Int32Array(256);
	for (let n = 0; n < 256; n++) {
		let c = n;
		for (let k = 0; k < 8; k++) {
			c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		}
		table[n] = c;
	}
	return table;
})();

function crc32(bytes: Uint8Array): number {
	let crc = -1;
	for (let i = 0; i < bytes.length; i++) {
		crc = CRC_TABLE[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
	}
	return (crc ^ -1) >>> 0;
}

const METHOD_NAMES: Record<number, string> = { 9: 'Deflate64', 12: 'BZIP2', 14: 'LZMA', 93: 'Zstandard', 95: 'XZ' };

class TooBig extends Error {}

/** The entry's bytes, or why they cannot be had. The caller has checked encryption, ratio and budget. */
function inflateEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array | string {
	const local = entry.localOffset;
	if (local + 30 > bytes.length || u32(bytes, local) !== 0x04034b50) {
		return 'its local header is missing (the zip is corrupt)';
	}
	const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
	if (start + entry.compressedSize > bytes.length) {
		return 'its data runs past the end of the zip (the zip is truncated)';
	}
	const compressed = bytes.subarray(start, start + entry.compressedSize);
	let data: Uint8Array;
	if (entry.method === 0) {
		if (entry.compressedSize !== entry.size) {
			return 'its stored size does not match its declared size';
		}
		data = compressed;
	} else if (entry.method === 8) {
		data = new Uint8Array(entry.size);
		let length = 0;
		// Loaded at the first deflated entry: fflate builds its Huffman tables as it loads, 6-7 ms that every CLI run
		// and the language server's start paid before, zip or not.
		const { Inflate } = require('fflate') as typeof Fflate;
		const inflater = new Inflate((chunk) => {
			if (length + chunk.length > entry.size) {
				throw new TooBig();
			}
			data.set(chunk, length);
			length += chunk.length;
		});
		try {
			let at = 0;
			do {
				const end = Math.min(at + INFLATE_SLICE, compressed.length);
				inflater.push(compressed.subarray(at, end), end === compressed.length);
				at = end;
			} while (at < compressed.length);
		} catch (error) {
			if (error instanceof TooBig) {
				return `it inflates to more than its declared ${entry.size} bytes`;
			}
			return `its compressed data is corrupt (${error instanceof Error ? error.message : String(error)})`;
		}
		if (length !== entry.size) {
			return `it inflates to ${length} bytes, not its declared ${entry.size}`;
		}
	} else {
		return `it uses compression method ${entry.method}${METHOD_NAMES[entry.method] ? ` (${METHOD_NAMES[entry.method]})` : ''}; only stored and deflated entries can be read`;
	}
	if (crc32(data) !== entry.crc) {
		return 'its CRC-32 does not match its data (the zip is corrupt)';
	}
	return data;
}
