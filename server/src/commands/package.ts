/**
 * `connector-certify package <folder> [-o file.zip]`: checks the connector first and, only when no error remains,
 * writes the certification zip atomically. With errors it prints them and writes nothing. Warnings do not stop it:
 * they are what Microsoft lets through, so the package is written and the warnings are listed with it.
 */
import type * as Crypto from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { EngineConfig } from '../engine/index';
import { writeFileAtomic } from '../host/atomicWrite';
import { connectorInFolder } from '../host/nodeConnector';
import { buildPackage, PACKAGE_ENTRIES, type PackageEntry } from '../package/build';
import { displayPath, InputError, runCheck, summarize, type CheckRun } from './check';

export interface PackageRun {
	/** The check that ran first (its findings are printed when it has errors). */
	readonly check: CheckRun;
	readonly errors: number;
	/** Warnings the package was written with (or would have been, once the errors are fixed). */
	readonly warnings: number;
	/** Where the zip was written, with its SHA-256; undefined when nothing was written. */
	readonly output?: { readonly file: string; readonly sha256: string; readonly bytes: number; readonly entries: readonly PackageEntry[] };
	/** Why nothing was written, besides errors found by the rules. */
	readonly refusal?: string;
}

/** `<folder name>-certification.zip`: the package's name wherever it goes. */
export function packageFileName(folder: string): string {
	return `${path.basename(folder)}-certification.zip`;
}

/** `<connector folder>/../<folder name>-certification.zip`. */
export function defaultPackagePath(folder: string): string {
	return path.join(path.dirname(folder), packageFileName(folder));
}

export async function runPackage(target: string, outputArg: string | undefined, config: EngineConfig, cwd: string): Promise<PackageRun> {
	const folder = path.resolve(cwd, target);
	const stat = await fs.stat(folder).catch(() => undefined);
	if (!stat?.isDirectory()) {
		throw new InputError(`cannot package "${target}": not a folder (package takes one connector folder).`);
	}
	const connector = await connectorInFolder(folder);
	if (!connector) {
		throw new InputError(`cannot package "${target}": no apiProperties.json or apiDefinition.swagger.json in it.`);
	}
	const check = await runCheck([folder], config, { cwd, quiet: false });
	const { error: errors, warning: warnings } = summarize(check.files);
	if (errors > 0 || check.problems.length > 0) {
		return { check, errors, warnings };
	}
	const sources: Record<PackageEntry, string | undefined> = {
		'apiDefinition.swagger.json': connector.paths.swagger,
		'apiProperties.json': connector.paths.apiProperties,
		'icon.png': connector.paths.icon,
	};
	const missing = PACKAGE_ENTRIES.filter((name) => !sources[name]);
	if (missing.length > 0) {
		return { check, errors, warnings, refusal: `the package needs ${missing.join(', ')} in "${displayPath(folder, cwd, 'native')}"${missing.includes('icon.png') ? ' (Package should contain an icon.)' : ''}` };
	}
	const files = {} as Record<PackageEntry, Uint8Array>;
	for (const name of PACKAGE_ENTRIES) {
		files[name] = await fs.readFile(sources[name]!);
	}
	const zip = buildPackage(files);
	const file = outputArg ? path.resolve(cwd, outputArg) : defaultPackagePath(folder);
	await writeFileAtomic(file, zip);
	// Loaded when first needed: node:crypto costs every CLI run 2.5 ms, and only packaging hashes.
	const { createHash } = require('node:crypto') as typeof Crypto;
	return { check, errors, warnings, output: { file, sha256: createHash('sha256').update(zip).digest('hex'), bytes: zip.length, entries: PACKAGE_ENTRIES } };
}
