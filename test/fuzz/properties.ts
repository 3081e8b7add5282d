/**
 * The fuzz properties: each takes one generated input (test/fuzz/arbitraries.ts) and throws when the product breaks a
 * promise on it. The property tests run them through fast-check's `fc.assert` (seeded, a few dozen runs each); `npm
 * run fuzz` runs the same ones over thousands of inputs, one worker thread per core, each case within a time and
 * memory budget. `FUZZ_TARGETS` names them for the fuzz runner and its reproducer files.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type * as fc from 'fast-check';
import { EVERY_RULE } from '../../scripts/corpus-evidence';
import { InputError } from '../../server/src/commands/check';
import { runPackageCheck } from '../../server/src/commands/checkPackage';
import { JSON_FILE_KINDS, type FileKind, type JsonFileKind } from '../../server/src/core/connector';
import { jsonIndexOf, MAX_DEPTH, parseJson, parseTolerant, type JsonDocument, type JsonNode } from '../../server/src/core/json';
import type { Range } from '../../server/src/core/lines';
import { classifyRef, definitionKey, refOf, resolveRef, valueAtPath } from '../../server/src/core/refs';
import { decodeUtf8 } from '../../server/src/core/text';
import { check, DEFAULT_CONFIG, parseBytes, parseText, textArtifactOf, type ConnectorInput, type ParsedFile } from '../../server/src/engine/index';
import { fixAll } from '../../server/src/engine/fixes';
import { decodeUtf8Natively } from '../../server/src/host/nativeUtf8';
import { completionsAt } from '../../server/src/language/completion';
import { hoverAt } from '../../server/src/language/hover';
import { definitionAt, prepareRenameAt, referencesAt, renameAt, symbolAt, type ConnectorDocuments } from '../../server/src/language/references';
import { documentSymbols, type OutlineSymbol } from '../../server/src/language/symbols';
import { checkSubmission, SUBMISSION_LIMITS, type SubmissionCheck, type SubmissionLimits } from '../../server/src/package/checkSubmission';
import { RULES } from '../../server/src/rules/index';
import {
	anyBytes,
	GRAPH_ODD_OUTCOMES,
	anyText,
	connectorCase,
	languageCase,
	refCase,
	refGraph,
	validJson,
	zipCase,
	type BytesCase,
	type ConnectorCase,
	type GraphCase,
	type LanguageCase,
	type RefCase,
	type Scale,
	type TextCase,
	type ZipCase,
} from './arbitraries';

// ---------------------------------------------------------------------------------------------------------------
// Seeds and runs

/** The seed of every property test; `FUZZ_SEED=<n>` tries another. */
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20261203);

/** fc.assert's options: the fixed seed, and `runs` (or `FUZZ_RUNS=<n>` for a longer run of the tests themselves). */
export function fuzzParameters<T>(runs: number): fc.Parameters<T> {
	return { seed: FUZZ_SEED, numRuns: process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : runs };
}

// ---------------------------------------------------------------------------------------------------------------
// Shared checks

/** Where each line starts and how long it is without its line end (`\n`, `\r\n` or a lone `\r`, as LineIndex counts). */
function lineLengths(text: string): number[] {
	const lengths: number[] = [];
	let start = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 10 || c === 13) {
			lengths.push(i - start);
			if (c === 13 && text.charCodeAt(i + 1) === 10) {
				i++;
			}
			start = i + 1;
		}
	}
	lengths.push(text.length - start);
	return lengths;
}

const lineLengthCache = new WeakMap<object, number[]>();

/** Asserts a range lies inside `text`: lines that exist, characters within their line, start not after end. */
export function assertRangeInside(range: Range, text: string, what: string, cacheKey?: object): void {
	let lengths = cacheKey && lineLengthCache.get(cacheKey);
	if (!lengths) {
		lengths = lineLengths(text);
		if (cacheKey) {
			lineLengthCache.set(cacheKey, lengths);
		}
	}
	const inside = (p: Range['start']) => Number.isInteger(p.line) && Number.isInteger(p.character) && p.line >= 0 && p.line < lengths.length && p.character >= 0 && p.character <= lengths[p.line];
	const order = range.start.line < range.end.line || (range.start.line === range.end.line && range.start.character <= range.end.character);
	assert.ok(inside(range.start) && inside(range.end) && order, `${what}: range ${JSON.stringify(range)} is not inside the document (${lengths.length} lines)`);
}

function assertSpanInside(offset: number, length: number, textLength: number, what: string): void {
	assert.ok(Number.isInteger(offset) && Number.isInteger(length) && offset >= 0 && length >= 0 && offset + length <= textLength, `${what}: offset ${offset} length ${length} is not inside the document (${textLength} characters)`);
}

/** The parse promises: text kept, fatal exactly when a fatal problem is listed, a root when not fatal, and every node and problem inside the text with consistent parent links. */
export function assertWellFormedDocument(doc: JsonDocument, text: string): void {
	assert.equal(doc.text, text);
	assert.equal(doc.fatal, doc.syntax.some((problem) => problem.fatal), 'fatal matches the problems');
	assert.ok(doc.fatal || doc.root !== undefined, 'a document that is not fatal has a root');
	assert.ok(doc.lines.lineCount >= 1);
	for (const problem of doc.syntax) {
		assertSpanInside(problem.offset, problem.length, text.length, `syntax problem ${problem.code}`);
	}
	for (const duplicate of doc.duplicateKeys) {
		assertSpanInside(duplicate.ignored.offset, duplicate.ignored.length, text.length, 'duplicate key');
		assertSpanInside(duplicate.used.offset, duplicate.used.length, text.length, 'duplicate key');
	}
	// Iterative: trees are up to MAX_DEPTH deep.
	const pending: JsonNode[] = doc.root ? [doc.root] : [];
	while (pending.length) {
		const node = pending.pop()!;
		assertSpanInside(node.offset, node.length, text.length, `${node.type} node`);
		for (const child of node.children ?? []) {
			assert.equal(child.parent, node, `the parent link of a ${child.type} node in a ${node.type} node`);
			assert.ok(child.offset >= node.offset && child.offset + child.length <= node.offset + node.length, `a ${child.type} node at ${child.offset}+${child.length} lies inside its ${node.type} at ${node.offset}+${node.length}`);
			assert.equal(child.type === 'property', node.type === 'object', `a ${node.type} node holds ${child.type} nodes`);
			pending.push(child);
		}
		if (node.type === 'property') {
			assert.ok(node.children!.length >= 1 && node.children!.length <= 2 && node.children![0].type === 'string', 'a property holds a string key and at most one value');
		}
	}
}

/**
 * Two documents are the same parse: tree (types, values, offsets, colons, parent links), plain value, problems and
 * duplicate keys, as test/core/json-strict.test.ts compares the strict and tolerant passes. Iterative, and so is
 * `sameValue`: assert.deepEqual recurses and overflows the stack on trees MAX_DEPTH deep.
 */
function assertSameDocument(actual: JsonDocument, expected: JsonDocument, what: string): void {
	const pending: [JsonNode | undefined, JsonNode | undefined][] = [[actual.root, expected.root]];
	while (pending.length) {
		const [a, b] = pending.pop()!;
		if (!a || !b) {
			assert.equal(a, b, `${what}: a node on one side only`);
			continue;
		}
		const facts = (node: JsonNode) => [node.type, node.offset, node.length, node.colonOffset, node.parent?.type, node.parent?.offset, node.children?.length];
		assert.deepEqual(facts(a), facts(b), `${what}: the nodes at ${b.offset}`);
		assert.ok(sameValue(a.value, b.value), `${what}: the values of the nodes at ${b.offset}`);
		(a.children ?? []).forEach((child, index) => pending.push([child, b.children![index]]));
	}
	assert.ok(sameValue(actual.value, expected.value), `${what}: the plain values`);
	assert.deepEqual(actual.syntax, expected.syntax, `${what}: the syntax problems`);
	assert.deepEqual(
		actual.duplicateKeys.map((d) => [d.objectPath, d.key, d.ignored.offset, d.used.offset]),
		expected.duplicateKeys.map((d) => [d.objectPath, d.key, d.ignored.offset, d.used.offset]),
		`${what}: the duplicate keys`,
	);
	assert.equal(actual.fatal, expected.fatal, `${what}: fatal`);
}

/** Deep strict equality of JSON values (own keys in any order, prototypes, -0 apart from 0), without recursion. */
function sameValue(a: unknown, b: unknown): boolean {
	const pending: [unknown, unknown][] = [[a, b]];
	while (pending.length) {
		const [x, y] = pending.pop()!;
		if (Object.is(x, y)) {
			continue;
		}
		if (!x || !y || typeof x !== 'object' || typeof y !== 'object' || Array.isArray(x) !== Array.isArray(y) || Object.getPrototypeOf(x) !== Object.getPrototypeOf(y)) {
			return false;
		}
		const keys = Object.keys(x);
		if (keys.length !== Object.keys(y).length) {
			return false;
		}
		for (const key of keys) {
			if (!Object.hasOwn(y, key)) {
				return false;
			}
			pending.push([(x as Record<string, unknown>)[key], (y as Record<string, unknown>)[key]]);
		}
	}
	return true;
}

/** How many containers deep a plain value nests. */
function nesting(value: unknown): number {
	let deepest = 0;
	const pending: [unknown, number][] = [[value, 0]];
	while (pending.length) {
		const [item, depth] = pending.pop()!;
		if (item && typeof item === 'object') {
			deepest = Math.max(deepest, depth + 1);
			for (const child of Object.values(item)) {
				pending.push([child, depth + 1]);
			}
		}
	}
	return deepest;
}

// ---------------------------------------------------------------------------------------------------------------
// Parser

/** Any string: parseJson and parseText never throw, and keep the parse promises; the strict pass hands over to the tolerant one exactly. */
export function parseAnyText(input: TextCase): void {
	const doc = parseJson(input.text);
	assertWellFormedDocument(doc, input.text);
	assertSameDocument(doc, parseTolerant(input.text), 'parseJson and the tolerant pass');
	const parsed = parseText(input.text);
	assert.equal(parsed.hadBom, input.text.startsWith('\ufeff'));
	assertWellFormedDocument(parsed.doc, parsed.hadBom ? input.text.slice(1) : input.text);
}

/** Any bytes: parseBytes never throws, reports the BOM, the size and the first invalid UTF-8 sequence. */
export function parseAnyBytes(input: BytesCase): void {
	const parsed = parseBytes(input.bytes);
	assert.deepEqual(decodeUtf8Natively(input.bytes), decodeUtf8(input.bytes), "Node's decoding gives the pure decoder's text");
	const bom = input.bytes.length >= 3 && input.bytes[0] === 0xef && input.bytes[1] === 0xbb && input.bytes[2] === 0xbf;
	assert.equal(parsed.hadBom, bom);
	assert.equal(parsed.byteLength, input.bytes.length);
	let valid = true;
	try {
		new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(input.bytes.subarray(bom ? 3 : 0));
	} catch {
		valid = false;
	}
	assert.equal(parsed.invalidUtf8Offset !== undefined, !valid, 'invalid UTF-8 is reported exactly when present');
	if (parsed.invalidUtf8Offset !== undefined) {
		assert.equal(parsed.doc.text[parsed.invalidUtf8Offset], '\ufffd');
	}
	assertWellFormedDocument(parsed.doc, parsed.doc.text);
}

/** Valid JSON: the strict and tolerant passes agree, and the plain value is JSON.parse's (within MAX_DEPTH; beyond it, `too-deep`). */
export function parseValidJson(input: TextCase): void {
	const expected: unknown = JSON.parse(input.text);
	const doc = parseJson(input.text);
	assertWellFormedDocument(doc, input.text);
	assertSameDocument(doc, parseTolerant(input.text), 'the strict and the tolerant pass');
	if (nesting(expected) <= MAX_DEPTH) {
		assert.deepEqual(doc.syntax, []);
		assert.equal(doc.fatal, false);
		assert.ok(sameValue(doc.value, expected), 'the plain value is JSON.parse\'s');
	} else {
		assert.deepEqual(
			doc.syntax.map((problem) => problem.code),
			['too-deep'],
		);
		assert.equal(doc.value, undefined);
	}
}

// ---------------------------------------------------------------------------------------------------------------
// $ref resolution

/** Resolving any ref in any document never throws; remote, file and malformed refs are refused, never followed; a resolution ends on a value that is not a ref. */
export function resolveAnyRef(input: RefCase): void {
	for (const ref of input.refs) {
		const result = resolveRef(input.root, ref);
		definitionKey(ref);
		const problem = classifyRef(ref);
		if (problem) {
			assert.deepEqual(result, { ok: false, problem, ref }, `${JSON.stringify(ref)} is refused as ${problem}`);
		}
		if (result.ok) {
			assert.ok(result.hops >= 1 && result.hops <= 64, `${result.hops} hops`);
			assert.equal(refOf(result.value), undefined, 'a resolution ends on a value that is not a ref');
			assert.equal(valueAtPath(input.root, result.path), result.value, 'the path leads to the value');
		} else {
			assert.ok(['remote', 'external', 'malformed', 'not-found', 'cycle'].includes(result.problem));
		}
	}
}

/** A definition graph: resolveRef agrees with a walk of the graph itself (chains, cycles through aliases, the 64-hop bound, refused refs). */
export function resolveGraph(input: GraphCase): void {
	const count = input.nodes.length;
	// A ref node names a definition by index; indexes past the end name missing definitions, odd ones are written percent-encoded.
	const refString = (target: number) => {
		const index = target % (count + 2);
		return target % 3 === 2 ? `#/definitions/${encodeURIComponent(`D${index}`).replace(/D/g, '%44')}` : `#/definitions/D${index}`;
	};
	const definitions: Record<string, unknown> = {};
	const byName = new Map<string, number>();
	input.nodes.forEach((node, index) => {
		byName.set(`D${index}`, index);
		definitions[`D${index}`] = 'ref' in node ? { $ref: refString(node.ref) } : 'odd' in node ? { $ref: node.odd } : { type: 'object', title: `D${index}` };
	});
	const root = { definitions };
	const start = `#/definitions/D${input.start}`;
	// The walk: the same hop bound and revisit rule the resolver documents, over the graph's own edges.
	const expected = (() => {
		const seen = new Set<string>();
		let current = start;
		for (let hops = 1; hops <= 64; hops++) {
			if (current in GRAPH_ODD_OUTCOMES && GRAPH_ODD_OUTCOMES[current] !== 'not-found') {
				return { ok: false, problem: GRAPH_ODD_OUTCOMES[current], ref: current };
			}
			if (seen.has(current)) {
				return { ok: false, problem: 'cycle', ref: start };
			}
			seen.add(current);
			const name = current in GRAPH_ODD_OUTCOMES ? undefined : decodeURIComponent(current.slice('#/definitions/'.length));
			const index = name === undefined ? undefined : byName.get(name);
			if (index === undefined) {
				return { ok: false, problem: 'not-found', ref: current };
			}
			const node = input.nodes[index];
			if ('schema' in node) {
				return { ok: true, path: ['definitions', `D${index}`], value: definitions[`D${index}`], hops };
			}
			current = (definitions[`D${index}`] as { $ref: string }).$ref;
		}
		return { ok: false, problem: 'cycle', ref: start };
	})();
	assert.deepEqual(resolveRef(root, start), expected);
}

// ---------------------------------------------------------------------------------------------------------------
// Rules

/** The engine's input for a generated connector, as the CLI would load it. */
export function connectorInput(input: ConnectorCase): ConnectorInput {
	const parsed = (text: string | undefined) => (text === undefined ? undefined : parseText(text));
	const entries = [
		input.swagger !== undefined && 'apiDefinition.swagger.json',
		input.apiProperties !== undefined && 'apiProperties.json',
		input.readme !== undefined && 'readme.md',
		input.intro !== undefined && 'intro.md',
		input.script !== undefined && 'script.csx',
		input.icon !== undefined && 'icon.png',
	].filter((name): name is string => typeof name === 'string');
	return {
		swagger: parsed(input.swagger),
		apiProperties: parsed(input.apiProperties),
		previous: input.previousSwagger !== undefined ? { swagger: parsed(input.previousSwagger) } : undefined,
		folderPath: input.folderPath,
		folderEntries: input.folderPath !== undefined ? entries : undefined,
		artifacts: {
			readme: input.readme !== undefined ? textArtifactOf('readme.md', input.readme) : undefined,
			intro: input.intro !== undefined ? textArtifactOf('intro.md', input.intro) : undefined,
			script: input.script !== undefined ? textArtifactOf('script.csx', input.script) : undefined,
			icon: input.icon !== undefined ? { fileName: 'icon.png', bytes: input.icon } : undefined,
		},
	};
}

/** The text a finding in `file` is placed in (the icon has none: its findings sit at the start). */
function textOf(input: ConnectorInput, file: FileKind): { text: string; key?: object } | undefined {
	if (file === 'swagger' || file === 'apiProperties') {
		const parsed = input[file];
		return parsed && { text: parsed.doc.text, key: parsed.doc };
	}
	if (file === 'icon') {
		return input.artifacts?.icon && { text: '' };
	}
	const artifact = input.artifacts?.[file];
	return artifact && { text: artifact.text, key: artifact };
}

const RULES_THREW = 'rules threw:';

/** Every rule runs on a mutated connector without throwing, and every finding (and related place) lies inside its file. */
export function checkConnectorCase(input: ConnectorCase): void {
	const engineInput = connectorInput(input);
	const errors: string[] = [];
	const result = check(RULES, engineInput, EVERY_RULE, { onRuleError: (ruleId, error) => errors.push(`${ruleId}: ${error instanceof Error ? (error.stack ?? error.message).split('\n').slice(0, 4).join(' | ') : String(error)}`) });
	// One line per rule that threw, so a known bug can be told from a new one line by line.
	assert.ok(errors.length === 0, `${RULES_THREW}\n${errors.join('\n')}`);
	for (const [file, findings] of Object.entries(result.findings) as [FileKind, typeof result.findings.swagger][]) {
		for (const finding of findings) {
			const target = textOf(engineInput, file);
			assert.ok(target, `${finding.ruleId} reports in ${file}, which the connector does not have`);
			assertRangeInside(finding.range, target.text, `${finding.ruleId} in ${file}`, target.key);
			for (const related of finding.related ?? []) {
				const other = textOf(engineInput, related.file)!;
				assertRangeInside(related.range, other.text, `${finding.ruleId}'s related place in ${related.file}`, other.key);
			}
		}
	}
}

// ---------------------------------------------------------------------------------------------------------------
// Fix-all

/**
 * Fix-all as `connector-certify fix` applies it (the definition, then apiProperties.json seeing the fixed definition)
 * keeps the JSON parseable (and strict JSON strict), and a second fix-all changes nothing.
 */
export function fixConnectorCase(input: ConnectorCase): void {
	const config = input.everyRule ? EVERY_RULE : DEFAULT_CONFIG;
	let engineInput = connectorInput(input);
	const fixedBy: Record<string, Readonly<Record<string, number>>> = {};
	for (const kind of JSON_FILE_KINDS) {
		const parsed = engineInput[kind];
		if (!parsed) {
			continue;
		}
		const result = fixAll(RULES, engineInput, kind, config);
		fixedBy[kind] = result.byRule;
		if (parsed.doc.fatal || result.fixed === 0) {
			assert.equal(result.text, parsed.doc.text, `nothing fixed in ${kind}, nothing changed`);
			continue;
		}
		const after = parseText(result.text);
		assert.equal(after.doc.fatal, false, `fix-all leaves ${kind} parseable (fixed ${JSON.stringify(result.byRule)}): ${after.doc.syntax.map((p) => p.code).join(', ')}`);
		if (parsed.doc.syntax.length === 0) {
			assert.deepEqual(after.doc.syntax.map((p) => p.code), [], `fix-all keeps ${kind} strict JSON (fixed ${JSON.stringify(result.byRule)})`);
		}
		engineInput = { ...engineInput, [kind]: { ...after, hadBom: parsed.hadBom } satisfies ParsedFile };
	}
	for (const kind of JSON_FILE_KINDS) {
		const parsed = engineInput[kind];
		if (!parsed) {
			continue;
		}
		const again = fixAll(RULES, engineInput, kind, config);
		assert.deepEqual({ fixed: again.fixed, byRule: again.byRule }, { fixed: 0, byRule: {} }, `a second fix-all fixes nothing in ${kind} (the first fixed ${JSON.stringify(fixedBy)})`);
		assert.equal(again.text, parsed.doc.text);
	}
}

// ---------------------------------------------------------------------------------------------------------------
// package --check

/** Small limits, so random zips reach the entry, byte, ratio and depth refusals too. */
export const SMALL_LIMITS: SubmissionLimits = Object.freeze({ maxFileBytes: SUBMISSION_LIMITS.maxFileBytes, maxEntries: 6, maxTotalBytes: 3000, maxRatio: 4, ratioAppliesAbove: 200, maxDepth: 2 });

function assertSubmissionCheck(result: SubmissionCheck): void {
	assert.ok(['classic', 'partner-center', 'unknown'].includes(result.layout));
	for (const problem of result.problems) {
		assert.ok(typeof problem.id === 'string' && typeof problem.message === 'string' && problem.message.length > 0, 'a problem has an id and a message');
	}
	assert.ok(result.entries.every((entry) => typeof entry === 'string'));
}

/** Files under a folder with their size, modification time and content. */
function snapshot(folder: string): Record<string, [number, number, string]> {
	const files: Record<string, [number, number, string]> = {};
	for (const name of readdirSync(folder, { recursive: true }) as string[]) {
		const file = path.join(folder, name);
		const stat = statSync(file);
		files[name] = [stat.size, stat.mtimeMs, stat.isFile() ? readFileSync(file).toString('base64') : 'folder'];
	}
	return files;
}

/** Any zip: checkSubmission never throws (at the real limits and at tiny ones), and runPackageCheck throws nothing but InputError and writes nothing. */
export async function checkZipCase(input: ZipCase): Promise<void> {
	assertSubmissionCheck(checkSubmission(input.bytes, 'sub.zip'));
	assertSubmissionCheck(checkSubmission(input.bytes, 'sub.zip', SMALL_LIMITS));
	const folder = mkdtempSync(path.join(tmpdir(), 'connector-certify-fuzz-'));
	try {
		writeFileSync(path.join(folder, 'sub.zip'), input.bytes);
		const before = snapshot(folder);
		try {
			const result = await runPackageCheck('sub.zip', folder);
			assert.equal(result.file, path.join(folder, 'sub.zip'));
			assertSubmissionCheck(result);
		} catch (error) {
			if (!(error instanceof InputError)) {
				throw error;
			}
		}
		assert.deepEqual(snapshot(folder), before, 'package --check writes nothing');
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
}

// ---------------------------------------------------------------------------------------------------------------
// Language features

function assertSymbolsInside(symbols: readonly OutlineSymbol[], doc: JsonDocument): void {
	for (const symbol of symbols) {
		assert.ok(symbol.name.trim() !== '', 'a symbol has a name');
		assertRangeInside(symbol.range, doc.text, `symbol ${symbol.name}`, doc);
		assertRangeInside(symbol.selectionRange, doc.text, `symbol ${symbol.name}'s selection`, doc);
		assertSymbolsInside(symbol.children ?? [], doc);
	}
}

/** Completion, hover, symbols, definition, references and rename at any offset of a mutated connector: no throw, every range inside its document. */
export async function languageAtOffsets(input: LanguageCase): Promise<void> {
	const docs: Record<JsonFileKind, JsonDocument> = { swagger: parseText(input.swagger).doc, apiProperties: parseText(input.apiProperties).doc };
	const connectorDocs: ConnectorDocuments = docs;
	const doc = docs[input.kind];
	const text = doc.text;
	const swagger = async () => docs.swagger;
	const symbols = documentSymbols(input.kind, doc);
	assertSymbolsInside(symbols, doc);
	if (jsonIndexOf(doc)) {
		// Read from the index: the same outline as from the tree of the same text.
		assert.deepEqual(symbols, documentSymbols(input.kind, parseTolerant(text)), 'the outline from the index and from the tree');
	}
	const inside = (ranges: readonly { file: JsonFileKind; range: Range }[], what: string) => {
		for (const { file, range } of ranges) {
			assertRangeInside(range, docs[file].text, `${what} in ${file}`, docs[file]);
		}
	};
	for (const offset of [0, text.length, ...input.offsets.map((at) => at % (text.length + 1))]) {
		const where = `at ${offset}`;
		for (const item of await completionsAt({ kind: input.kind, text, offset, doc: () => doc, swagger })) {
			assertSpanInside(item.range.offset, item.range.length, text.length, `completion ${JSON.stringify(item.label)} ${where}`);
		}
		const hover = await hoverAt({ kind: input.kind, doc, offset, swagger });
		if (hover) {
			assertSpanInside(hover.range.offset, hover.range.length, text.length, `hover ${where}`);
		}
		symbolAt(connectorDocs, input.kind, offset);
		inside(definitionAt(connectorDocs, input.kind, offset), `definition ${where}`);
		inside(referencesAt(connectorDocs, input.kind, offset, true), `references ${where}`);
		inside(referencesAt(connectorDocs, input.kind, offset, false), `references ${where}`);
		const prepared = prepareRenameAt(connectorDocs, input.kind, offset);
		if (prepared) {
			assertRangeInside(prepared.range, text, `rename range ${where}`, doc);
		}
		const renamed = renameAt(connectorDocs, input.kind, offset, input.newName);
		if (renamed.ok) {
			for (const [file, edits] of Object.entries(renamed.edits) as [JsonFileKind, { offset: number; length: number }[]][]) {
				for (const edit of edits) {
					assertSpanInside(edit.offset, edit.length, docs[file].text.length, `rename edit in ${file} ${where}`);
				}
			}
		}
	}
}

// ---------------------------------------------------------------------------------------------------------------
// The targets `npm run fuzz` runs

export interface FuzzTarget<T extends { label: string }> {
	readonly name: string;
	readonly arbitrary: (scale: Scale) => fc.Arbitrary<T>;
	readonly run: (input: T) => void | Promise<void>;
}

const target = <T extends { label: string }>(name: string, arbitrary: (scale: Scale) => fc.Arbitrary<T>, run: (input: T) => void | Promise<void>): FuzzTarget<T> => ({ name, arbitrary, run });

export const FUZZ_TARGETS = [
	target('parse-text', anyText, parseAnyText),
	target('parse-bytes', anyBytes, parseAnyBytes),
	target('parse-valid', validJson, parseValidJson),
	target('refs', refCase, resolveAnyRef),
	target('ref-graph', () => refGraph(), resolveGraph),
	target('rules', connectorCase, checkConnectorCase),
	target('fix-all', connectorCase, fixConnectorCase),
	target('package-check', zipCase, checkZipCase),
	target('language', languageCase, languageAtOffsets),
] as const;

// ---------------------------------------------------------------------------------------------------------------
// Known bugs

export type FailureKind = 'crash' | 'hang' | 'out-of-memory';

export interface Failure {
	readonly target: string;
	readonly kind: FailureKind;
	readonly error?: string;
	readonly input: unknown;
}

/**
 * Bugs these properties found and that are reported but not fixed yet: the property tests they break are marked
 * `todo` with the description, and `npm run fuzz` counts the failures that match apart instead of failing. Remove an
 * entry (and its `todo`) with the fix.
 */
export interface KnownBug {
	readonly id: string;
	readonly description: string;
	readonly matches: (failure: Failure) => boolean;
}

export const KNOWN_BUGS: readonly KnownBug[] = [
];

/** A property that passes where it fails only on a known bug: the active tests keep checking everything else. */
export function tolerating<T>(target: string, run: (input: T) => void | Promise<void>): (input: T) => Promise<void> {
	return async (input) => {
		try {
			await run(input);
		} catch (error) {
			if (!knownBugOf({ target, kind: 'crash', error: error instanceof Error ? (error.stack ?? error.message) : String(error), input })) {
				throw error;
			}
		}
	};
}

export function knownBugOf(failure: Failure): KnownBug | undefined {
	return KNOWN_BUGS.find((bug) => bug.matches(failure));
}

/** The known bug with this id (for the `todo` of the test that shows it). */
export function knownBug(id: string): KnownBug {
	const bug = KNOWN_BUGS.find((candidate) => candidate.id === id);
	assert.ok(bug, `no known bug ${id}`);
	return bug;
}
