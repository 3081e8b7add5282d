/**
 * `package --check`: checks a submission zip in memory, without extracting anything (rules.md §9). Two layouts:
 * the classic three-file zip (§9.1) and the Partner Center package (§9.2: intro.md + a Package Deployer zip whose
 * one folder holds the solution zips). Every problem is reported, not just the first as Microsoft's
 * ConnectorPackageValidator.ps1 (CPV) does, in CPV's or the certification policy page's (POL) words, with the
 * policy code apart.
 *
 * Zips are untrusted input, so the central directory is walked here rather than through fflate's `unzipSync`: that
 * gives the encryption flag and lets every offset be bounds-checked before use. Entries are inflated with fflate's
 * streaming `Inflate` in small slices, so an entry that inflates past its declared size is stopped at once instead
 * of after the whole stream; CRC-32 and size are verified. Entry names are only ever compared, never used as paths.
 */
import { Inflate } from 'fflate';
import { parseJson, type JsonDocument } from '../core/json';
import { isObject } from '../core/refs';
import { SwaggerModel } from '../core/swagger';
import { decodeUtf8, isUtf8 } from '../core/text';
import { hasPngSignature } from '../core/png';
import { PACKAGE_ENTRIES } from './build';

export interface SubmissionProblem {
	/** Stable id, e.g. `pkg-workflows-folder` (every problem is an error: each one fails the submission). */
	readonly id: string;
	readonly message: string;
	/** Microsoft's certification policy code (`5000.1.1.14`) when the failure has one. */
	readonly policy?: string;
	/** Where inside the submission, zips included: `package.zip/PkgAssets/Flow.zip/solution.xml`. */
	readonly entry?: string;
}

export type SubmissionLayout = 'classic' | 'partner-center' | 'unknown';

export interface SubmissionCheck {
	/** `unknown` when the zip could not be read far enough to tell. */
	readonly layout: SubmissionLayout;
	readonly problems: readonly SubmissionProblem[];
	/** Every entry of every zip opened, nested ones prefixed by their zip's path, in the order read. */
	readonly entries: readonly string[];
}

const MB = 1024 * 1024;

/** The limits that keep a hostile zip harmless (docs/package-check.md lists them). */
export interface SubmissionLimits {
	/** Largest submission read from disk (checked with stat before reading). */
	readonly maxFileBytes: number;
	/** Entries across every zip opened (outer, package and solution zips together). */
	readonly maxEntries: number;
	/** Uncompressed bytes: declared by any one zip, and actually inflated across the whole check. */
	readonly maxTotalBytes: number;
	/** Compression ratio refused for entries larger than `ratioAppliesAbove` (real connector files stay far below). */
	readonly maxRatio: number;
	readonly ratioAppliesAbove: number;
	/** Outer zip → package zip → solution zips; nothing deeper is ever opened. */
	readonly maxDepth: number;
}

export const SUBMISSION_LIMITS: SubmissionLimits = Object.freeze({
	maxFileBytes: 100 * MB,
	maxEntries: 10_000,
	maxTotalBytes: 200 * MB,
	maxRatio: 100,
	ratioAppliesAbove: MB,
	maxDepth: 3,
});

/** `200 MB`, or the exact byte count for limits that are not whole megabytes (tests use small ones). */
function bytesText(bytes: number): string {
	return bytes % MB === 0 ? `${bytes / MB} MB` : `${bytes} bytes`;
}

/** Compressed bytes pushed to the inflater at a time: one slice expands to at most ~17 MB before the size check. */
const INFLATE_SLICE = 16 * 1024;

const POLICY = {
	icon: '5000.1.1.1',
	apiDefinition: '5000.1.1.3',
	missingFiles: '5000.1.1.5',
	flowAndConnector: '5000.1.1.6',
	flowWithConnector: '5000.1.1.7',
	connector: '5000.1.1.8',
	searchable: '5000.1.1.9',
	artifacts: '5000.1.1.10',
	placement: '5000.1.1.11',
	assetsFolder: '5000.1.1.12',
	noSolution: '5000.1.1.13',
	workflowsFolder: '5000.1.1.14',
	workflowMismatch: '5000.1.1.15',
	solutionPath: '5000.1.1.16',
} as const;

// ---------------------------------------------------------------------------------------------------------------
// Reading zips

interface ZipEntry {
	/** The name as stored, made safe to print (control and bidi characters escaped). */
	readonly name: string;
	readonly encrypted: boolean;
	readonly method: number;
	readonly crc: number;
	readonly compressedSize: number;
	readonly size: number;
	readonly localOffset: number;
	readonly unsafe?: string;
}

type Listing = { readonly entries: ZipEntry[] } | { readonly error: string } | { readonly tooMany: number };

const u16 = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8);
const u32 = (b: Uint8Array, at: number) => (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16)) + b[at + 3] * 0x1000000;
const u64 = (b: Uint8Array, at: number) => u32(b, at) + u32(b, at + 4) * 0x100000000;

const utf8 = new TextDecoder('utf-8', { fatal: false });
const latin1 = new TextDecoder('latin1');

/** Control characters and bidirectional overrides would let a name rewrite the terminal line it is printed on. */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function printable(name: string): string {
	return name.replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
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

// ---------------------------------------------------------------------------------------------------------------
// One opened zip, as the layout checks see it

interface OpenZip {
	readonly bytes: Uint8Array;
	/** Path of this zip inside the submission with a trailing '/', '' for the submission itself. */
	readonly prefix: string;
	/** Entries with safe names, first of each case-insensitive duplicate only. */
	readonly entries: readonly ZipEntry[];
	/** False when the declared sizes exceed the limit: names are checked, nothing is inflated. */
	readonly inflatable: boolean;
}

const lower = (name: string) => name.toLowerCase();
const isFolderEntry = (entry: ZipEntry) => entry.name.endsWith('/');

/** Files directly at the root. */
function rootFiles(zip: OpenZip): ZipEntry[] {
	return zip.entries.filter((entry) => !entry.name.includes('/'));
}

/** Top-level folder names, spelled as first seen, whether the zip has folder entries or only paths through them. */
function rootFolders(zip: OpenZip): string[] {
	const seen = new Map<string, string>();
	for (const entry of zip.entries) {
		const slash = entry.name.indexOf('/');
		if (slash > 0 && !seen.has(lower(entry.name.slice(0, slash)))) {
			seen.set(lower(entry.name.slice(0, slash)), entry.name.slice(0, slash));
		}
	}
	return [...seen.values()];
}

/** Files (not folder entries) under `folder/`, matched ignoring case as Windows extraction would. */
function filesUnder(zip: OpenZip, folder: string): ZipEntry[] {
	const prefix = `${lower(folder)}/`;
	return zip.entries.filter((entry) => lower(entry.name).startsWith(prefix) && !isFolderEntry(entry));
}

function rootFile(zip: OpenZip, name: string): ZipEntry | undefined {
	return rootFiles(zip).find((entry) => lower(entry.name) === lower(name));
}

function hasFolder(zip: OpenZip, folder: string): boolean {
	const prefix = `${lower(folder)}/`;
	return zip.entries.some((entry) => lower(entry.name).startsWith(prefix));
}

// ---------------------------------------------------------------------------------------------------------------
// The check

class Checker {
	readonly problems: SubmissionProblem[] = [];
	readonly entries: string[] = [];
	readonly #limits: SubmissionLimits;
	#entryBudget: number;
	#byteBudget: number;

	constructor(limits: SubmissionLimits) {
		this.#limits = limits;
		this.#entryBudget = limits.maxEntries;
		this.#byteBudget = limits.maxTotalBytes;
	}

	/** A large entry that expands implausibly is a zip bomb, or at least nothing a connector needs. */
	#overRatio(entry: ZipEntry): boolean {
		const ratio = entry.compressedSize > 0 ? entry.size / entry.compressedSize : entry.size;
		return entry.size > this.#limits.ratioAppliesAbove && ratio > this.#limits.maxRatio;
	}

	report(id: string, message: string, entry?: string, policy?: string): void {
		this.problems.push({ id, message, ...(policy ? { policy } : {}), ...(entry ? { entry } : {}) });
	}

	/**
	 * Lists a zip and reports what is wrong with its entries as such (unsafe names, encryption, duplicates, sizes).
	 * Returns the reason when it is not a readable zip; undefined when it was refused after a problem was reported.
	 */
	open(bytes: Uint8Array, prefix: string, depth: number): OpenZip | { readonly error: string } | undefined {
		if (depth > this.#limits.maxDepth) {
			// The layouts never open deeper than solution zips; this guards against a future change doing so.
			return undefined;
		}
		const listing = listZip(bytes, this.#entryBudget);
		if ('error' in listing) {
			return listing;
		}
		const where = prefix ? prefix.slice(0, -1) : undefined;
		if ('tooMany' in listing) {
			this.report(
				'zip-too-many-entries',
				`${where ? `'${where}'` : 'The zip'} has ${listing.tooMany} entries, more than the ${this.#entryBudget} this check still reads (at most ${this.#limits.maxEntries} in all); it was not checked further.`,
				where,
			);
			this.#entryBudget = 0;
			return undefined;
		}
		this.#entryBudget -= listing.entries.length;
		const kept: ZipEntry[] = [];
		const byName = new Map<string, ZipEntry[]>();
		let declared = 0;
		for (const entry of listing.entries) {
			this.entries.push(prefix + entry.name);
			declared += entry.size;
			if (entry.unsafe) {
				this.report('zip-unsafe-entry-name', `The entry name '${entry.name}' is unsafe: ${entry.unsafe}. It is never used as a path; rename it.`, prefix + entry.name);
				continue;
			}
			if (entry.encrypted) {
				this.report('zip-encrypted-entry', `'${entry.name}' is encrypted: the submission must not be password-protected.`, prefix + entry.name);
			}
			if (this.#overRatio(entry)) {
				this.report(
					'zip-entry-ratio',
					`'${entry.name}' would expand ${Math.round(entry.size / Math.max(1, entry.compressedSize))}:1 (${entry.size} bytes from ${entry.compressedSize}), more than the ${this.#limits.maxRatio}:1 accepted for entries over ${bytesText(this.#limits.ratioAppliesAbove)}; it is not read.`,
					prefix + entry.name,
				);
			}
			const group = byName.get(lower(entry.name));
			if (group) {
				group.push(entry);
			} else {
				byName.set(lower(entry.name), [entry]);
				kept.push(entry);
			}
		}
		for (const group of byName.values()) {
			if (group.length > 1) {
				const names = [...new Set(group.map((entry) => `'${entry.name}'`))].join(', ');
				this.report('zip-duplicate-entry', `The zip holds ${group.length} entries named ${names} (ignoring case): extracting it keeps only one of them.`, prefix + group[0].name);
			}
		}
		const inflatable = declared <= this.#limits.maxTotalBytes;
		if (!inflatable) {
			this.report(
				'zip-too-large',
				`The entries of ${where ? `'${where}'` : 'the zip'} declare ${declared} bytes uncompressed, more than the ${bytesText(this.#limits.maxTotalBytes)} this check reads; their contents are not read.`,
				where,
			);
		}
		return { bytes, prefix, entries: kept, inflatable };
	}

	/** An entry's bytes, or undefined after reporting why they cannot be read. */
	read(zip: OpenZip, entry: ZipEntry): Uint8Array | undefined {
		if (!zip.inflatable || entry.encrypted || this.#overRatio(entry)) {
			return undefined; // already reported by open()
		}
		if (entry.size > this.#byteBudget) {
			this.report(
				'zip-too-large',
				`'${entry.name}' declares ${entry.size} bytes, more than the ${this.#byteBudget} bytes left of the ${bytesText(this.#limits.maxTotalBytes)} this check inflates in all; it is not read.`,
				zip.prefix + entry.name,
			);
			return undefined;
		}
		this.#byteBudget -= entry.size;
		const data = inflateEntry(zip.bytes, entry);
		if (typeof data === 'string') {
			this.report('zip-entry-unreadable', `'${entry.name}' cannot be read: ${data}.`, zip.prefix + entry.name);
			return undefined;
		}
		return data;
	}

	/** Parses a JSON entry, reporting the first fatal syntax problem. */
	readJson(zip: OpenZip, entry: ZipEntry): JsonDocument | undefined {
		const bytes = this.read(zip, entry);
		if (!bytes) {
			return undefined;
		}
		const doc = parseJson(decodeUtf8(bytes).text);
		const fatal = doc.syntax.find((problem) => problem.fatal);
		if (fatal) {
			const { line, character } = doc.lines.positionAt(fatal.offset);
			this.report('zip-json-syntax', `'${entry.name}' is not valid JSON at line ${line + 1}, column ${character + 1}: ${fatal.message}`, zip.prefix + entry.name);
			return undefined;
		}
		return doc;
	}
}

/** Checks a submission zip held in memory; `name` is its file name, used in messages. Never throws on bad input. */
export function checkSubmission(bytes: Uint8Array, name: string, limits: SubmissionLimits = SUBMISSION_LIMITS): SubmissionCheck {
	const checker = new Checker(limits);
	const zip = checker.open(bytes, '', 1);
	if (!zip || 'error' in zip) {
		if (zip) {
			checker.report('zip-unreadable', `'${printable(name)}' is not a readable zip file: ${zip.error}.`);
		}
		return { layout: 'unknown', problems: checker.problems, entries: checker.entries };
	}
	const layout = layoutOf(zip);
	if (layout === 'classic') {
		checkClassic(checker, zip);
	} else {
		checkPartnerCenter(checker, zip, printable(name));
	}
	return { layout, problems: checker.problems, entries: checker.entries };
}

/**
 * Classic when connector artifacts (`*.json`, `*.png`) sit at the root. Otherwise Partner Center when there is an
 * `.md` at the root or a `.zip` anywhere: a lone intro.md or package zip is a Partner Center package missing its
 * other half, and the inner package zip checked by mistake shows as one missing its outer zip; a classic zip never
 * holds zips. Classic for anything else, whose check then names the three files expected.
 */
function layoutOf(zip: OpenZip): 'classic' | 'partner-center' {
	const names = rootFiles(zip).map((entry) => lower(entry.name));
	if (names.some((name) => name.endsWith('.json') || name.endsWith('.png'))) {
		return 'classic';
	}
	const partnerCenter = names.some((name) => name.endsWith('.md')) || zip.entries.some((entry) => lower(entry.name).endsWith('.zip'));
	return partnerCenter ? 'partner-center' : 'classic';
}

// ---------------------------------------------------------------------------------------------------------------
// §9.1 The classic artifact zip

const ARTIFACT_LIST = 'apiDefinition.swagger.json, apiProperties.json and the connector icon, icon.png';

function isMacJunk(name: string): boolean {
	return name === '.DS_Store' || name.startsWith('._');
}

function checkClassic(checker: Checker, zip: OpenZip): void {
	const found = new Map<string, ZipEntry>();
	for (const entry of rootFiles(zip)) {
		if (isMacJunk(entry.name)) {
			checker.report('zip-no-os-junk', `When using macOS, ensure that only the three connector artifact files are included in the .zip archive: remove '${entry.name}'.`, entry.name);
			continue;
		}
		const artifact = PACKAGE_ENTRIES.find((expected) => lower(expected) === lower(entry.name));
		if (!artifact) {
			checker.report('zip-three-artifacts', `The archive must contain only the three artifact files (${PACKAGE_ENTRIES.join(', ')}): remove '${entry.name}'.`, entry.name);
			continue;
		}
		if (artifact !== entry.name) {
			// Names inside a zip are case-sensitive for the service that reads it, whatever the author's disk does.
			checker.report(
				'zip-three-artifacts',
				`'${entry.name}' must be named '${artifact}': names in the archive are case-sensitive (connector-certify package writes the exact names).`,
				entry.name,
			);
		}
		found.set(artifact, entry);
	}
	for (const folder of rootFolders(zip)) {
		if (folder === '__MACOSX') {
			checker.report('zip-no-os-junk', `When using macOS, ensure that only the three connector artifact files are included in the .zip archive: remove the '__MACOSX/' folder.`, '__MACOSX/');
			continue;
		}
		const holdsArtifacts = filesUnder(zip, folder).some((entry) => PACKAGE_ENTRIES.some((artifact) => lower(entry.name) === lower(`${folder}/${artifact}`)));
		checker.report(
			'zip-no-os-junk',
			`The archive must hold only the three artifact files, with no folder: remove the folder '${folder}/'${holdsArtifacts ? ' (zip the files inside the folder, not the folder itself)' : ''}.`,
			`${folder}/`,
		);
	}
	for (const artifact of PACKAGE_ENTRIES) {
		if (!found.has(artifact)) {
			checker.report('zip-three-artifacts', `The archive must contain the required three artifact files: ${ARTIFACT_LIST}; '${artifact}' is missing.`);
		}
	}
	for (const artifact of ['apiDefinition.swagger.json', 'apiProperties.json'] as const) {
		const entry = found.get(artifact);
		if (entry) {
			checker.readJson(zip, entry);
		}
	}
	const icon = found.get('icon.png');
	const bytes = icon && checker.read(zip, icon);
	if (icon && bytes && !hasPngSignature(bytes)) {
		checker.report('zip-icon-png', `The icon must be submitted in PNG format as icon.png: '${icon.name}' does not start with the PNG signature.`, icon.name);
	}
}

// ---------------------------------------------------------------------------------------------------------------
// §9.2 The Partner Center package

/** What customizations.xml says a solution holds: CPV sorts solutions into connector, flow and plugin ones by it. */
interface Solution {
	readonly connector: boolean;
	readonly workflows: boolean;
	readonly plugin: boolean;
}

function checkPartnerCenter(checker: Checker, outer: OpenZip, name: string): void {
	for (const folder of rootFolders(outer)) {
		checker.report('pkg-outer-no-folders', `The provided zip file should not contain any folder inside '${name}'. Please remove the folder ${folder}.`, `${folder}/`, POLICY.placement);
	}
	const files = rootFiles(outer);
	const intros = files.filter((entry) => lower(entry.name).endsWith('.md'));
	const packages = files.filter((entry) => lower(entry.name).endsWith('.zip'));
	const both = `The provided zip file should contain both intro.md and package zip file in '${name}'.`;
	if (intros.length === 0) {
		checker.report('pkg-outer-intro-and-zip', `${both} The intro.md file is missing. Please add the required file.`, undefined, POLICY.missingFiles);
	} else if (intros.length > 1) {
		checker.report('pkg-outer-intro-and-zip', `${both} There are ${intros.length} .md files (${quoteList(intros)}): keep only intro.md.`, undefined, POLICY.missingFiles);
	}
	if (packages.length === 0) {
		checker.report('pkg-outer-intro-and-zip', `${both} The package zip file is missing. Please add the required file.`, undefined, POLICY.missingFiles);
	} else if (packages.length > 1) {
		checker.report('pkg-outer-intro-and-zip', `${both} There are ${packages.length} .zip files (${quoteList(packages)}): keep only the package zip file.`, undefined, POLICY.missingFiles);
	} else {
		checkPackageZip(checker, outer, packages[0], name);
	}
}

function quoteList(entries: readonly ZipEntry[]): string {
	return entries.map((entry) => `'${entry.name}'`).join(', ');
}

function checkPackageZip(checker: Checker, outer: OpenZip, entry: ZipEntry, name: string): void {
	const path = `${name}/${entry.name}`;
	const bytes = checker.read(outer, entry);
	if (!bytes) {
		return;
	}
	const zip = checker.open(bytes, `${entry.name}/`, 2);
	if (!zip) {
		return;
	}
	if ('error' in zip) {
		checker.report('zip-unreadable', `The package zip file '${path}' is not a readable zip file: ${zip.error}.`, entry.name, POLICY.missingFiles);
		return;
	}
	// Package Deployer's own files (*.xml, *.dll, *.pdb) sit beside the folder; CPV leaves them alone as environment-specific.
	const folders = rootFolders(zip);
	if (folders.length === 0) {
		checker.report('pkg-assets-folder', `The package zip file should contain a folder ideally named 'PkgAssets' inside '${path}'. Please add the folder containing the solution zip files.`, entry.name, POLICY.assetsFolder);
		return;
	}
	if (folders.length > 1) {
		checker.report(
			'pkg-assets-folder',
			`The package zip file should contain one folder ideally named 'PkgAssets' inside '${path}', not ${folders.length}: ${folders.map((folder) => `'${folder}'`).join(', ')}.`,
			entry.name,
			POLICY.assetsFolder,
		);
	}
	// With several folders, only one that is unmistakably the assets folder is followed.
	const assets = folders.length === 1 ? folders[0] : folders.find((folder) => lower(folder) === 'pkgassets');
	if (assets) {
		checkAssetsFolder(checker, zip, assets, path);
	}
}

function checkAssetsFolder(checker: Checker, zip: OpenZip, assets: string, packagePath: string): void {
	const assetsPath = `${packagePath}/${assets}`;
	const inside = zip.entries.filter((entry) => lower(entry.name).startsWith(`${lower(assets)}/`) && entry.name.length > assets.length + 1);
	const subfolders = new Map<string, string>();
	for (const entry of inside) {
		const rest = entry.name.slice(assets.length + 1);
		const slash = rest.indexOf('/');
		if (slash > 0 && !subfolders.has(lower(rest.slice(0, slash)))) {
			subfolders.set(lower(rest.slice(0, slash)), rest.slice(0, slash));
		}
	}
	for (const folder of subfolders.values()) {
		checker.report(
			'pkg-assets-no-subfolders',
			`The package folder '${assets}' should not contain any folder inside '${assetsPath}'. Please remove the folder ${folder}.`,
			`${zip.prefix}${assets}/${folder}/`,
		);
	}
	const zips = inside.filter((entry) => !entry.name.slice(assets.length + 1).includes('/') && lower(entry.name).endsWith('.zip'));
	const solutions: Solution[] = [];
	let unknown = 0;
	for (const entry of zips) {
		const solution = readSolution(checker, zip, entry, assetsPath);
		if (solution) {
			solutions.push(solution);
		} else {
			unknown++;
		}
	}
	const plugin = solutions.some((solution) => solution.plugin);
	checkSolutionCount(checker, zips.length, plugin, assets, assetsPath, `${zip.prefix}${assets}/`);
	if (zips.length === 0 || unknown > 0) {
		// Without every solution understood, saying which kind is missing would be a guess.
		return;
	}
	const connectorOnly = solutions.some((s) => s.connector && !s.workflows && !s.plugin);
	const flow = solutions.some((s) => s.connector && s.workflows && !s.plugin);
	const pluginSolution = solutions.some((s) => s.connector && !s.workflows && s.plugin);
	if (!connectorOnly) {
		checker.report(
			'pkg-connector-solution-valid',
			`Connector solution in '${assetsPath}' is invalid. Connector solution should only contain 'Connector' folder.`,
			`${zip.prefix}${assets}/`,
			solutions.some((s) => s.connector) ? POLICY.flowAndConnector : POLICY.connector,
		);
	}
	if (!flow) {
		checker.report(
			'pkg-flow-solution-valid',
			`Flow solution in '${assetsPath}' is invalid. Flow solution should contain both 'Connector' and 'Workflows' folders.`,
			`${zip.prefix}${assets}/`,
			solutions.some((s) => s.workflows) ? POLICY.flowWithConnector : POLICY.flowAndConnector,
		);
	}
	if (plugin && !pluginSolution) {
		checker.report(
			'pkg-plugin-solution-valid',
			`Plugin solution in '${assetsPath}' is invalid. Plugin solution should contain 'Connector', 'aiplugins' and 'aipluginoperations' folders.`,
			`${zip.prefix}${assets}/`,
		);
	}
}

function checkSolutionCount(checker: Checker, count: number, plugin: boolean, assets: string, assetsPath: string, entry: string): void {
	const expected = plugin ? 3 : 2;
	if (count === expected) {
		return;
	}
	const kinds = plugin ? 'connector, flow and AIplugin' : 'connector and flow';
	let message: string;
	if (count === 0) {
		message = `The package folder '${assets}' does not contain solution zip files in '${assetsPath}'. Please add the required ${kinds} solution zip files.`;
	} else if (count > expected) {
		message = `The package folder '${assets}' should contain only ${kinds} solution zip files in '${assetsPath}', not ${count}.`;
	} else {
		message = `The package folder '${assets}' should contain ${kinds} solution zip files in '${assetsPath}', not ${count}.${plugin ? ' Please have all the three solution zip files as this is a plugin connector.' : ''}`;
	}
	checker.report('pkg-solution-count', message, entry, count === 0 ? POLICY.noSolution : undefined);
}

/** Checks one solution zip; undefined when it could not be read far enough to tell what kind it is. */
function readSolution(checker: Checker, parent: OpenZip, entry: ZipEntry, assetsPath: string): Solution | undefined {
	const name = entry.name.slice(entry.name.lastIndexOf('/') + 1);
	const at = parent.prefix + entry.name;
	const bytes = checker.read(parent, entry);
	if (!bytes) {
		return undefined;
	}
	const zip = checker.open(bytes, `${at}/`, 3);
	if (!zip) {
		return undefined;
	}
	if ('error' in zip) {
		checker.report(
			'pkg-solution-path',
			`Invalid package. Solution not present at correct path or is invalid solution: '${name}' in '${assetsPath}' is not a readable zip file (${zip.error}).`,
			at,
			POLICY.solutionPath,
		);
		return undefined;
	}
	const required = ['[Content_Types].xml', 'customizations.xml', 'solution.xml'];
	const missing = required.filter((file) => !rootFile(zip, file));
	if (missing.length) {
		checker.report(
			'pkg-solution-root-files',
			`The solution zip file '${name}' in '${assetsPath}' should contain three files namely '[Content_Types].xml', 'customizations.xml', 'solution.xml'. Please add the missing '${missing.join(', ')}' to the solution zip file.`,
			at,
			POLICY.artifacts,
		);
	}
	const customizationsEntry = rootFile(zip, 'customizations.xml');
	const customizationsBytes = customizationsEntry && checker.read(zip, customizationsEntry);
	if (!customizationsBytes) {
		return undefined;
	}
	const xml = withoutComments(decodeXml(customizationsBytes));
	const solution: Solution = {
		connector: hasContent(xml, 'Connector'),
		workflows: hasContent(xml, 'Workflows'),
		plugin: hasContent(xml, 'aicopilot_aiplugin'),
	};
	const inSolution = `The solution zip file '${name}' in '${assetsPath}' should contain`;
	const connectorFolder = hasFolder(zip, 'Connector');
	if (solution.connector && !connectorFolder) {
		checker.report('pkg-connector-folder', `${inSolution} one folder namely 'Connector': customizations.xml has a <Connector> node.`, at, POLICY.connector);
	}
	if (solution.workflows) {
		if (hasFolder(zip, 'Workflows')) {
			checkWorkflowFiles(checker, zip, xml);
		} else {
			checker.report('pkg-workflows-folder', `${inSolution} folder namely 'Workflows': customizations.xml has a <Workflows> node.`, at, POLICY.workflowsFolder);
		}
	}
	if (solution.plugin) {
		const missingFolders = ['aiplugins', 'aipluginoperations'].filter((folder) => !hasFolder(zip, folder));
		if (missingFolders.length) {
			checker.report(
				'pkg-plugin-folders',
				`${inSolution} ${missingFolders.length === 1 ? 'folder namely' : 'folders namely'} ${missingFolders.map((folder) => `'${folder}'`).join(', ')}: customizations.xml has an <aicopilot_aiplugin> node.`,
				at,
			);
		}
	}
	if (connectorFolder) {
		const connectorFiles = filesUnder(zip, 'Connector');
		const definitions = connectorFiles.filter((file) => lower(file.name).endsWith('_openapidefinition.json'));
		if (!definitions.length) {
			checker.report('pkg-apidef', `Package should contain apiDefinition.json: the 'Connector' folder of '${name}' has no *_openapidefinition.json file.`, at, POLICY.apiDefinition);
		}
		if (!connectorFiles.some((file) => lower(file.name).endsWith('_iconblob.png'))) {
			checker.report('pkg-icon', `Package should contain an icon: the 'Connector' folder of '${name}' has no *_iconblob.Png file.`, at, POLICY.icon);
		}
		const operations = new Set<string>();
		for (const definition of definitions) {
			const parsed = checker.readJson(zip, definition);
			if (parsed) {
				for (const { operationId } of new SwaggerModel(parsed).operations()) {
					if (operationId) {
						operations.add(operationId);
					}
				}
			}
		}
		if (solution.connector && solution.workflows && operations.size) {
			checkSearchableActions(checker, zip, name, operations);
		}
	}
	return solution;
}

/** customizations.xml is UTF-8 in exports; a UTF-16 byte order mark is honoured all the same. */
function decodeXml(bytes: Uint8Array): string {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) {
		return new TextDecoder('utf-16le').decode(bytes.subarray(2));
	}
	if (bytes[0] === 0xfe && bytes[1] === 0xff) {
		return new TextDecoder('utf-16be').decode(bytes.subarray(2));
	}
	return decodeUtf8(bytes).text;
}

/** Drops `<!-- … -->` comments in one linear pass (a lazy regex rescans to the end after every unclosed `<!--`). */
function withoutComments(xml: string): string {
	let out = '';
	let at = 0;
	for (let start = xml.indexOf('<!--'); start >= 0; start = xml.indexOf('<!--', at)) {
		out += xml.slice(at, start);
		const end = xml.indexOf('-->', start + 4);
		if (end < 0) {
			return out;
		}
		at = end + 3;
	}
	return out + xml.slice(at);
}

/**
 * Whether an element `name` (exactly, not `nameSuffix`) exists with attributes or non-blank content: CPV's
 * `SelectSingleNode("//name")` with `HasChildNodes -or Attributes.Count`. Tag scanning is enough for this
 * presence test; no XML parser dependency for it.
 */
function hasContent(xml: string, name: string): boolean {
	// Attribute values cannot hold a raw '<', so `[^<>]*` both matches every real tag and keeps the scan linear.
	const open = new RegExp(`<${name}(?=[\\s/>])([^<>]*?)(/?)>`, 'g');
	for (let match = open.exec(xml); match; match = open.exec(xml)) {
		if (match[1].trim()) {
			return true;
		}
		if (match[2] === '/') {
			continue;
		}
		const after = match.index + match[0].length;
		const close = xml.indexOf(`</${name}>`, after);
		if (close < 0 || xml.slice(after, close).trim()) {
			// Unclosed: malformed, and whatever follows is its content as far as a reader can tell.
			return close < 0 ? xml.slice(after).trim() !== '' : true;
		}
		// A blank body holds no tags: resume after the close tag rather than rescanning it.
		open.lastIndex = close;
	}
	return false;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, body: string) => {
		if (body[0] === '#') {
			const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
			return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
		}
		return ENTITIES[body] ?? whole;
	});
}

/**
 * POL 5000.1.1.15: each `<JsonFileName>` must be a file in the zip and each `Workflows/*.json` must be listed.
 * Compared ignoring case: solution zips are Open Packaging Conventions packages, whose part names are.
 */
function checkWorkflowFiles(checker: Checker, zip: OpenZip, xml: string): void {
	const listed = new Map<string, string>();
	for (const match of xml.matchAll(/<JsonFileName>([^<]*)<\/JsonFileName>/g)) {
		const value = unescapeXml(match[1].trim());
		listed.set(lower(value.replace(/^\/+/, '')), value);
	}
	const files = filesUnder(zip, 'Workflows').filter((file) => lower(file.name).endsWith('.json'));
	const present = new Set(files.map((file) => lower(file.name)));
	const mismatch = 'Invalid workflow solution. Mismatch between workflows found in customization file and workflow json files present';
	for (const [key, value] of listed) {
		if (!present.has(key)) {
			checker.report('pkg-workflow-files-match', `${mismatch}: customizations.xml lists '${printable(value)}', which is not in the zip.`, `${zip.prefix}customizations.xml`, POLICY.workflowMismatch);
		}
	}
	for (const file of files) {
		if (!listed.has(lower(file.name))) {
			checker.report('pkg-workflow-files-match', `${mismatch}: '${file.name}' is not listed in customizations.xml.`, zip.prefix + file.name, POLICY.workflowMismatch);
		}
	}
}

/** Every string `operationId` in a flow definition: the `inputs.host.operationId` of its connector actions. */
function collectOperationIds(value: unknown, into: Set<string>): void {
	const stack: unknown[] = [value];
	while (stack.length) {
		const item = stack.pop();
		if (Array.isArray(item)) {
			for (const element of item) {
				stack.push(element);
			}
		} else if (isObject(item)) {
			for (const [key, child] of Object.entries(item)) {
				if (key === 'operationId' && typeof child === 'string') {
					into.add(child);
				} else if (typeof child === 'object') {
					stack.push(child);
				}
			}
		}
	}
}

/** POL 5000.1.1.9: the sample flow has to call at least one of the connector's operations. */
function checkSearchableActions(checker: Checker, zip: OpenZip, name: string, operations: ReadonlySet<string>): void {
	const called = new Set<string>();
	let read = 0;
	for (const file of filesUnder(zip, 'Workflows').filter((entry) => lower(entry.name).endsWith('.json'))) {
		const parsed = checker.readJson(zip, file);
		if (parsed) {
			read++;
			collectOperationIds(parsed.value, called);
		}
	}
	if (read === 0 || [...operations].some((id) => called.has(id))) {
		return;
	}
	const sorted = [...operations].sort();
	const shown = sorted.length > 5 ? `${sorted.slice(0, 5).join(', ')}, …` : sorted.join(', ');
	checker.report(
		'pkg-searchable-actions',
		`Connectors and actions should be searchable using the sample flow contained in the package: no flow in '${name}' calls an operation of its connector (${shown}).`,
		zip.prefix.slice(0, -1),
		POLICY.searchable,
	);
}
