/**
 * `package --check`: checks a submission zip in memory, without extracting anything (rules.md §9). Two layouts:
 * the classic three-file zip (§9.1) and the Partner Center package (§9.2: intro.md + a Package Deployer zip whose
 * one folder holds the solution zips). Every problem is reported, not just the first as Microsoft's
 * ConnectorPackageValidator.ps1 (CPV) does, in CPV's or the certification policy page's (POL) words, with the
 * policy code apart.
 *
 * Zips are untrusted input: ./zip.ts reads them (bounds checks, encryption flag, size, ratio and CRC-32) within one
 * budget for the whole check; this file decides what their entries mean. Entry names are only ever compared, never
 * used as paths.
 */
import { parseJson, type JsonDocument } from '../core/json';
import { isObject } from '../core/refs';
import { SwaggerModel } from '../core/swagger';
import { decodeUtf8 } from '../core/text';
import { hasPngSignature } from '../core/png';
import { PACKAGE_ENTRIES } from './build';
import { decodeXml, hasContent, unescapeXml, withoutComments } from './xml';
import { openZip, overRatio, printable, readEntry, zipBudget, type Zip, type ZipBudget, type ZipEntry, type ZipLimits } from './zip';

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

/** The limits that keep a hostile zip harmless (docs/package-check.md lists them); the zip reader's own are in `ZipLimits`. */
export interface SubmissionLimits extends ZipLimits {
	/** Largest submission read from disk (checked with stat before reading). */
	readonly maxFileBytes: number;
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
// One opened zip, as the layout checks see it

interface OpenZip {
	readonly zip: Zip;
	/** Path of this zip inside the submission with a trailing '/', '' for the submission itself. */
	readonly prefix: string;
	/** Entries with safe names, first of each case-insensitive duplicate only. */
	readonly entries: readonly ZipEntry[];
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
	/** One budget for every zip opened, so nesting cannot reset the totals. */
	readonly #budget: ZipBudget;

	constructor(limits: SubmissionLimits) {
		this.#limits = limits;
		this.#budget = zipBudget(limits);
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
		const opened = openZip(bytes, this.#budget);
		const where = prefix ? prefix.slice(0, -1) : undefined;
		if ('error' in opened) {
			if (opened.error === 'unreadable') {
				return { error: opened.reason };
			}
			this.report(
				'zip-too-many-entries',
				`${where ? `'${where}'` : 'The zip'} has ${opened.count} entries, more than the ${opened.entriesLeft} this check still reads (at most ${this.#limits.maxEntries} in all); it was not checked further.`,
				where,
			);
			return undefined;
		}
		const { zip } = opened;
		const kept: ZipEntry[] = [];
		const byName = new Map<string, ZipEntry[]>();
		for (const entry of zip.entries) {
			this.entries.push(prefix + entry.name);
			if (entry.unsafe) {
				this.report('zip-unsafe-entry-name', `The entry name '${entry.name}' is unsafe: ${entry.unsafe}. It is never used as a path; rename it.`, prefix + entry.name);
				continue;
			}
			if (entry.encrypted) {
				this.report('zip-encrypted-entry', `'${entry.name}' is encrypted: the submission must not be password-protected.`, prefix + entry.name);
			}
			if (overRatio(entry, this.#limits)) {
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
		if (!zip.inflatable) {
			this.report(
				'zip-too-large',
				`The entries of ${where ? `'${where}'` : 'the zip'} declare ${zip.declaredBytes} bytes uncompressed, more than the ${bytesText(this.#limits.maxTotalBytes)} this check reads; their contents are not read.`,
				where,
			);
		}
		return { zip, prefix, entries: kept };
	}

	/** An entry's bytes, or undefined after reporting why they cannot be read. */
	read(zip: OpenZip, entry: ZipEntry): Uint8Array | undefined {
		const read = readEntry(zip.zip, entry, this.#budget);
		if ('data' in read) {
			return read.data;
		}
		switch (read.error) {
			case 'declared-too-large':
			case 'encrypted':
			case 'over-ratio':
				return undefined; // already reported by open()
			case 'over-budget':
				this.report(
					'zip-too-large',
					`'${entry.name}' declares ${entry.size} bytes, more than the ${read.bytesLeft} bytes left of the ${bytesText(this.#limits.maxTotalBytes)} this check inflates in all; it is not read.`,
					zip.prefix + entry.name,
				);
				return undefined;
			case 'unreadable':
				this.report('zip-entry-unreadable', `'${entry.name}' cannot be read: ${read.reason}.`, zip.prefix + entry.name);
				return undefined;
		}
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
