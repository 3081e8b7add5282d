/**
 * The certification package (rules.md §9.1): a zip holding exactly `apiDefinition.swagger.json`,
 * `apiProperties.json` and `icon.png` at its root, under those names whatever their case on disk. Built with fflate
 * (maintained, dependency-free, and it both writes and reads zips in memory, which the package checker needs).
 * The bytes depend only on the files' contents: entries in a fixed order, a fixed timestamp, fixed compression.
 */
import type * as Fflate from 'fflate';

/** The entries of a certification package, in the order they are written. */
export const PACKAGE_ENTRIES = ['apiDefinition.swagger.json', 'apiProperties.json', 'icon.png'] as const;
export type PackageEntry = (typeof PACKAGE_ENTRIES)[number];

/** 1 January 1980, the earliest time a zip can hold: no file's own timestamp leaks into the bytes. */
const FIXED_TIME = new Date(1980, 0, 1, 0, 0, 0);

export function buildPackage(files: Readonly<Record<PackageEntry, Uint8Array>>): Uint8Array {
	const entries: Fflate.Zippable = {};
	for (const name of PACKAGE_ENTRIES) {
		// PNG data is already compressed: storing it is smaller and faster than deflating it again.
		entries[name] = [files[name], { level: name === 'icon.png' ? 0 : 9, mtime: FIXED_TIME }];
	}
	// Loaded at first use (as in zip.ts): fflate builds its Huffman tables as it loads, 6-7 ms of every CLI run and of
	// the language server's start, zip or not.
	const { zipSync } = require('fflate') as typeof Fflate;
	return zipSync(entries, { level: 9, mtime: FIXED_TIME });
}
