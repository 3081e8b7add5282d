/**
 * The fuzz generators, shared by the property tests in test/fuzz/*.test.ts (small, seeded runs in `npm test`) and by
 * `npm run fuzz` (long runs, each case in a worker with a time and memory budget). Connectors start from the real
 * fixtures and are mutated as a JSON tree (delete, duplicate, retype and rename keys, huge arrays and strings, deep
 * nesting, prototype keys, `$ref` cycles and remote refs), then as text (truncation, stray tokens, BOMs, line ends).
 * Every size is bounded by a `Scale`, so a case costs milliseconds in the tests and at most about a second in long runs.
 *
 * Inputs are plain data (strings, numbers, Uint8Arrays) so a failing one can be written to a file and replayed; each
 * carries a `label` saying how it was made, for reports.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as fc from 'fast-check';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { pngOf } from '../helpers/png';

export interface Scale {
	/** Most items of an inserted huge array, keys of a huge object or copies of a subtree. */
	readonly hugeItems: number;
	/** Longest inserted huge string, in characters. */
	readonly hugeChars: number;
	/** Deepest inserted nesting, in steps (MAX_DEPTH is 1000 levels: bounds above it reach the too-deep path). */
	readonly depth: number;
	/** Longest random text, token soup or byte string. */
	readonly randomLength: number;
	/** The small fixtures only (tests), or the medium ones too (long runs). */
	readonly fixtures: 'small' | 'all';
}

/** What `npm test` runs: every generator, a few milliseconds a case. */
export const TEST_SCALE: Scale = Object.freeze({ hugeItems: 1500, hugeChars: 40_000, depth: 1100, randomLength: 1500, fixtures: 'small' });
/** What `npm run fuzz` runs: larger inserts, deeper nests, the medium real connectors too. */
export const LONG_SCALE: Scale = Object.freeze({ hugeItems: 20_000, hugeChars: 1_000_000, depth: 4000, randomLength: 20_000, fixtures: 'all' });

// ---------------------------------------------------------------------------------------------------------------
// Fixtures

const FIXTURES_DIR = path.join(__dirname, '..', 'fixtures');

interface FixtureSpec {
	readonly name: string;
	readonly swagger?: string;
	readonly apiProperties?: string;
	readonly previous?: string;
	readonly readme?: string;
	readonly icon?: string;
}

const SMALL_FIXTURES: readonly FixtureSpec[] = [
	{ name: 'cli/clean-connector', swagger: 'apiDefinition.swagger.json', apiProperties: 'apiProperties.json', readme: 'readme.md', icon: 'icon.png' },
	{ name: 'editor/fixable', swagger: 'apiDefinition.swagger.json', apiProperties: 'apiProperties.json' },
	{ name: 'editor/invoices', swagger: 'apiDefinition.swagger.json', apiProperties: 'apiProperties.json' },
	{ name: 'navigation/pets', swagger: 'apiDefinition.swagger.json', apiProperties: 'apiProperties.json' },
	{ name: 'lsp/invoices', swagger: 'apiDefinition.swagger.json', apiProperties: 'apiProperties.json' },
	{ name: 'upstream/pairs/05-Peltarion', swagger: 'after.json', previous: 'before.json' },
	{ name: 'upstream/pairs/13-RiskIQPassiveTotal', swagger: 'after.json', previous: 'before.json' },
	{ name: 'upstream/updates/34-dox42', swagger: 'new.json', previous: 'old.json' },
];

/** Real connectors of 10 to 40 KB: each check costs tens of milliseconds, so only long runs use them. */
const MEDIUM_FIXTURES: readonly FixtureSpec[] = [
	{ name: 'upstream/Cascade Strategy', swagger: 'apiDefinition.swagger.json', apiProperties: 'apiProperties.json', readme: 'readme.md' },
	{ name: 'upstream/Connect Bridge', swagger: 'apiDefinition.swagger.json', apiProperties: 'apiProperties.json', readme: 'Readme.md' },
	{ name: 'upstream/updates/36-touchSMS', swagger: 'new.json', previous: 'old.json' },
	{ name: 'upstream/updates/37-Abstract_Timezones', swagger: 'new.json', previous: 'old.json' },
	{ name: 'upstream/updates/40-RegEx_Matching', swagger: 'new.json', previous: 'old.json' },
	{ name: 'upstream/pairs/09-Public360', swagger: 'after.json', previous: 'before.json' },
];

export interface Fixture {
	readonly name: string;
	readonly swagger?: unknown;
	readonly apiProperties?: unknown;
	readonly previous?: unknown;
	readonly readme?: string;
	readonly icon?: Uint8Array;
}

const loaded = new Map<string, Fixture>();

function loadFixture(spec: FixtureSpec): Fixture {
	let fixture = loaded.get(spec.name);
	if (!fixture) {
		const read = (file: string | undefined) => (file ? readFileSync(path.join(FIXTURES_DIR, spec.name, file), 'utf8') : undefined);
		const json = (file: string | undefined) => (file ? (JSON.parse(read(file)!) as unknown) : undefined);
		fixture = {
			name: spec.name,
			swagger: json(spec.swagger),
			apiProperties: json(spec.apiProperties),
			previous: json(spec.previous),
			readme: read(spec.readme),
			icon: spec.icon ? new Uint8Array(readFileSync(path.join(FIXTURES_DIR, spec.name, spec.icon))) : undefined,
		};
		loaded.set(spec.name, fixture);
	}
	return fixture;
}

export function fixtures(scale: Scale): Fixture[] {
	return (scale.fixtures === 'all' ? [...SMALL_FIXTURES, ...MEDIUM_FIXTURES] : SMALL_FIXTURES).map(loadFixture);
}

/** Every key and every short string value of the small fixtures: the words the rules look for. */
const VOCABULARY = (() => {
	const keys = new Set<string>();
	const strings = new Set<string>();
	const visit = (value: unknown) => {
		if (typeof value === 'string' && value.length <= 60) {
			strings.add(value);
		} else if (Array.isArray(value)) {
			value.forEach(visit);
		} else if (value && typeof value === 'object') {
			for (const [key, item] of Object.entries(value)) {
				keys.add(key);
				visit(item);
			}
		}
	};
	for (const fixture of SMALL_FIXTURES.map(loadFixture)) {
		visit(fixture.swagger);
		visit(fixture.apiProperties);
	}
	return { keys: [...keys].sort(), strings: [...strings].sort() };
})();

// ---------------------------------------------------------------------------------------------------------------
// Weird keys, values and refs

/** Keys that reach Object.prototype or plain-object behaviour when code indexes objects with them. */
export const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__', 'isPrototypeOf'];

const ODD_KEYS = ['$ref', '', ' ', '/', '~', '~1', '~0', '%', '%25', '#', 'a/b', '{id}', '/{id}', '/notes/{noteId}', 'x-ms-', 'X-MS-VISIBILITY', 'ключ', '🔑', '\u0000', '\ud800', 'a\u202eb', '\n'];

/** A UTF-16 string that may hold lone surrogates (fc's `binary` unit only makes well-formed ones). */
export const utf16String = (maxLength: number): fc.Arbitrary<string> => fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength });

const weirdKey: fc.Arbitrary<string> = fc.oneof(
	{ weight: 6, arbitrary: fc.constantFrom(...VOCABULARY.keys) },
	{ weight: 3, arbitrary: fc.constantFrom(...PROTOTYPE_KEYS) },
	{ weight: 2, arbitrary: fc.constantFrom(...ODD_KEYS) },
	{ weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
	{ weight: 1, arbitrary: utf16String(6) },
	{ weight: 1, arbitrary: fc.integer({ min: 100, max: 5000 }).map((length) => 'k'.repeat(length)) },
);

/** Local pointers to nothing, malformed pointers, prototype names, and references that must never be read or fetched. */
export const ODD_REFS = [
	'#',
	'#/',
	'#/definitions',
	'#/definitions/',
	'#/definitions/Missing',
	'#/definitions/%',
	'#/definitions/%E0%A4%A',
	'#/definitions/a~2b',
	'#/definitions/~',
	'#/definitions/__proto__',
	'#/definitions/constructor',
	'#/definitions/hasOwnProperty',
	'#/__proto__/polluted',
	'#/paths/~1notes~1{noteId}/get',
	'#/definitions/A/properties/b',
	'#/parameters/x',
	'#/responses/x',
	'#definitions/A',
	' #/definitions/A',
	'#/definitions/A#',
	'',
	'http://127.0.0.1:9/schema.json#/definitions/A',
	'https://example.invalid/x.json',
	'file:///etc/passwd',
	'file:///etc/passwd#/definitions/A',
	'../outside.json#/definitions/A',
	'../../outside.json',
	'..\\..\\outside.json',
	'/etc/passwd',
	'other.json',
	'other.json#/definitions/A',
	'//example.invalid/x.json',
	'C:\\x.json',
	'data:application/json,{}',
	'javascript:alert(1)',
	'urn:x',
];

const ODD_STRINGS = [
	'',
	' ',
	'string',
	'object',
	'array',
	'integer',
	'number',
	'boolean',
	'file',
	'null',
	'{id}',
	'/path/{id}/{id}',
	"@connectionParameters('x')",
	"@connectionParameters('",
	'@{body}',
	'x-ms-visibility',
	'https://',
	'http://127.0.0.1:9/x',
	'#3A6EA5',
	'#FFFFFF',
	'2.0',
	'3.0',
	'application/json',
	'multipart/form-data',
	'важно',
	'😀',
	'\u0000',
	'\ud800',
	'a\u202eb',
	'<script>',
	'.',
	'...',
	' Trailing ',
	...ODD_REFS,
];

/** Number texts JSON allows that surprise: beyond double range, negative zero, beyond 2^53. */
const ODD_NUMBER_TEXTS = ['1E400', '-1E400', '-0', '1e-400', '123456789012345678901234567890', '0.1e1', '9007199254740993', '-9007199254740993', '1.0'];

/** A JSON value for replacing or adding: mostly small and domain-shaped, sometimes anything. */
const weirdPlainValue: fc.Arbitrary<unknown> = fc.oneof(
	{ weight: 3, arbitrary: fc.constantFrom<unknown>(null, true, false, 0, -1, 0.5, 1e308, -1e308, 2 ** 53, 7, {}, [], [null], [[]], { $ref: '#' }, { type: 'object' }, { type: 'array' }) },
	{ weight: 3, arbitrary: fc.constantFrom<unknown>(...VOCABULARY.strings) },
	{ weight: 3, arbitrary: fc.constantFrom<unknown>(...ODD_STRINGS) },
	{ weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
	{ weight: 1, arbitrary: utf16String(8) },
	{ weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
	{
		weight: 3,
		arbitrary: fc.dictionary(weirdKey, fc.oneof(fc.constantFrom<unknown>(...VOCABULARY.strings), fc.constantFrom<unknown>(null, true, 1, [], {}), fc.jsonValue({ maxDepth: 1 })), { maxKeys: 5 }),
	},
	{
		weight: 2,
		arbitrary: fc.record(
			{
				type: fc.constantFrom<unknown>('object', 'array', 'string', 'integer', 'number', 'boolean', 'file', 'null', 7, ['string', 'null'], {}),
				properties: fc.constantFrom<unknown>({}, { a: { type: 'string' } }, { a: { $ref: '#' } }, [], 'x'),
				items: fc.constantFrom<unknown>({}, { type: 'string' }, [], { $ref: '#/definitions/Missing' }, null),
				required: fc.constantFrom<unknown>([], ['a'], ['a', 'a'], 'a', [1]),
				in: fc.constantFrom<unknown>('path', 'query', 'header', 'body', 'formData', 'cookie', 1),
				name: fc.constantFrom<unknown>('id', '', 'noteId', '__proto__', null),
				$ref: fc.constantFrom<unknown>(...ODD_REFS),
				'x-ms-visibility': fc.constantFrom<unknown>('important', 'advanced', 'internal', 'bogus', 1),
				'x-ms-dynamic-values': fc.constantFrom<unknown>({}, { operationId: 'GetNote' }, { operationId: 'Missing', parameters: { a: { parameter: 'b' } } }, 'x'),
			},
			{ requiredKeys: [] },
		),
	},
);

// ---------------------------------------------------------------------------------------------------------------
// The tree model: objects as entry lists, so duplicate keys and `__proto__` print as written

type J = null | boolean | number | string | J[] | JObject | Raw;
interface JObject {
	readonly t: 'o';
	readonly entries: [string, J][];
}
/** Text spliced in verbatim: huge and deep inserts, odd number literals. */
interface Raw {
	readonly t: 'raw';
	readonly text: string;
}

const isObjectNode = (node: J): node is JObject => typeof node === 'object' && node !== null && !Array.isArray(node) && node.t === 'o';

function toModel(value: unknown): J {
	if (Array.isArray(value)) {
		return value.map(toModel);
	}
	if (value && typeof value === 'object') {
		return { t: 'o', entries: Object.keys(value).map((key) => [key, toModel((value as Record<string, unknown>)[key])]) };
	}
	return value as J;
}

function printModel(node: J, indent: string, eol: string, level = 0): string {
	if (Array.isArray(node)) {
		if (node.length === 0) {
			return '[]';
		}
		const inner = indent.repeat(level + 1);
		return `[${eol}${node.map((item) => inner + printModel(item, indent, eol, level + 1)).join(`,${eol}`)}${eol}${indent.repeat(level)}]`;
	}
	if (isObjectNode(node)) {
		if (node.entries.length === 0) {
			return '{}';
		}
		const inner = indent.repeat(level + 1);
		const space = indent ? ' ' : '';
		return `{${eol}${node.entries.map(([key, value]) => `${inner}${JSON.stringify(key)}:${space}${printModel(value, indent, eol, level + 1)}`).join(`,${eol}`)}${eol}${indent.repeat(level)}}`;
	}
	if (node !== null && typeof node === 'object') {
		return node.text;
	}
	return JSON.stringify(node);
}

/** A place in the tree: the node, where it hangs and its JSON path. */
interface Slot {
	readonly node: J;
	readonly parent?: J[] | JObject;
	readonly index: number;
	readonly path: readonly (string | number)[];
}

function slotsOf(root: J): Slot[] {
	const slots: Slot[] = [];
	const visit = (node: J, parent: J[] | JObject | undefined, index: number, path: (string | number)[]) => {
		slots.push({ node, parent, index, path });
		if (Array.isArray(node)) {
			node.forEach((item, i) => visit(item, node, i, [...path, i]));
		} else if (isObjectNode(node)) {
			node.entries.forEach(([key, value], i) => visit(value, node, i, [...path, key]));
		}
	};
	visit(root, undefined, 0, []);
	return slots;
}

function nodeCount(node: J): number {
	let count = 1;
	if (Array.isArray(node)) {
		for (const item of node) {
			count += nodeCount(item);
		}
	} else if (isObjectNode(node)) {
		for (const [, value] of node.entries) {
			count += nodeCount(value);
		}
	}
	return count;
}

const clone = (node: J): J => structuredClone(node);

/** JSON pointer of a path, as a `$ref` fragment; `encode` also percent-encodes the segments (as URI fragments may be). */
function pointerOf(pathOf: readonly (string | number)[], encode: boolean): string {
	return `#${pathOf.map((segment) => `/${(encode ? percentEncoded : String)(String(segment).replace(/~/g, '~0').replace(/\//g, '~1'))}`).join('')}`;
}

/** Percent-encoded, or as it is when it holds a lone surrogate, which has no UTF-8 to encode (encodeURIComponent throws). */
function percentEncoded(segment: string): string {
	try {
		return encodeURIComponent(segment);
	} catch {
		return segment;
	}
}

const describePath = (pathOf: readonly (string | number)[]) => (pathOf.length ? pointerOf(pathOf, false).slice(1) : '(root)');

// ---------------------------------------------------------------------------------------------------------------
// Tree mutations

type DeepShape = 'array' | 'object' | 'schema' | 'items' | 'allOf' | 'unclosed';
type HugeShape = 'array' | 'object' | 'string' | 'copies';
type FanOutEdge = 'properties' | 'allOf' | 'items' | 'additionalProperties' | 'mixed';

/**
 * What the last definition of a fan-out holds: the extensions and keywords whose walks follow `$ref`s from a body, a
 * response or a notification (the notification-URL chains and the breaking-change field lists were exponential here).
 */
const FAN_OUT_LEAVES: readonly unknown[] = [
	{ type: 'object', required: ['url'], properties: { url: { type: 'string', 'x-ms-notification-url': true, 'x-ms-visibility': 'internal' } } },
	{ type: 'object', discriminator: 'kind', required: ['kind'], properties: { kind: { type: 'string', enum: ['a', 'b'] } } },
	{ type: 'string', 'x-ms-dynamic-values': { operationId: 'GetNote', 'value-path': 'id' }, 'x-ms-dynamic-list': { operationId: 'GetNote', itemValuePath: 'id' } },
	{ type: 'object', 'x-ms-dynamic-schema': { operationId: 'GetNote', 'value-path': 'schema' }, 'x-ms-dynamic-properties': { operationId: 'GetNote', itemValuePath: 'schema' } },
	{ type: 'string', format: 'binary', readOnly: true, default: 'x', 'x-ms-summary': 'Leaf', 'x-ms-visibility': 'important' },
	{ type: 'array', items: { type: 'object', properties: { id: { type: 'integer' } } } },
];

export type TreeMutation =
	| { readonly op: 'delete'; readonly at: number }
	| { readonly op: 'duplicate'; readonly at: number; readonly value?: unknown }
	| { readonly op: 'retype'; readonly at: number; readonly value: unknown }
	| { readonly op: 'number'; readonly at: number; readonly text: string }
	| { readonly op: 'rename'; readonly at: number; readonly key: string }
	| { readonly op: 'add'; readonly at: number; readonly key: string; readonly value: unknown }
	| { readonly op: 'huge'; readonly at: number; readonly shape: HugeShape; readonly count: number; readonly item: unknown; readonly pattern: string }
	| { readonly op: 'deep'; readonly at: number; readonly shape: DeepShape; readonly depth: number }
	| { readonly op: 'ref'; readonly at: number; readonly target?: number; readonly ref?: string; readonly encode: boolean; readonly replace: boolean }
	| { readonly op: 'cycle'; readonly at: number; readonly length: number; readonly structural: boolean }
	| { readonly op: 'copy'; readonly at: number; readonly to: number }
	| { readonly op: 'fan-out'; readonly at: number; readonly levels: number; readonly width: number; readonly edge: FanOutEdge; readonly leaf: number };

const HUGE_PATTERNS = ['a', 'é', '😀', '"', '\\', '\n', '\u0000', '{id}', '<p>', ' ', '. ', 'word ', '#/definitions/', '\ud800'];

function treeMutation(scale: Scale): fc.Arbitrary<TreeMutation> {
	const at = fc.nat();
	const depth = fc.oneof(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: scale.depth }));
	const count = fc.oneof(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: scale.hugeItems }));
	return fc.oneof(
		{ weight: 4, arbitrary: fc.record({ op: fc.constant('delete' as const), at }) },
		{ weight: 2, arbitrary: fc.record({ op: fc.constant('duplicate' as const), at, value: fc.option(weirdPlainValue, { nil: undefined }) }, { requiredKeys: ['op', 'at'] }) },
		{ weight: 4, arbitrary: fc.record({ op: fc.constant('retype' as const), at, value: weirdPlainValue }) },
		{ weight: 1, arbitrary: fc.record({ op: fc.constant('number' as const), at, text: fc.constantFrom(...ODD_NUMBER_TEXTS) }) },
		{ weight: 2, arbitrary: fc.record({ op: fc.constant('rename' as const), at, key: weirdKey }) },
		{ weight: 4, arbitrary: fc.record({ op: fc.constant('add' as const), at, key: weirdKey, value: weirdPlainValue }) },
		{
			weight: 2,
			arbitrary: fc.record({
				op: fc.constant('huge' as const),
				at,
				shape: fc.constantFrom<HugeShape>('array', 'object', 'string', 'copies'),
				count: fc.oneof(count, fc.integer({ min: 0, max: scale.hugeChars })),
				item: weirdPlainValue,
				pattern: fc.constantFrom(...HUGE_PATTERNS),
			}),
		},
		{ weight: 2, arbitrary: fc.record({ op: fc.constant('deep' as const), at, shape: fc.constantFrom<DeepShape>('array', 'object', 'schema', 'items', 'allOf', 'unclosed'), depth }) },
		{
			weight: 3,
			arbitrary: fc.record(
				{ op: fc.constant('ref' as const), at, target: fc.option(fc.nat(), { nil: undefined }), ref: fc.option(fc.constantFrom(...ODD_REFS), { nil: undefined }), encode: fc.boolean(), replace: fc.boolean() },
				{ requiredKeys: ['op', 'at', 'encode', 'replace'] },
			),
		},
		{ weight: 2, arbitrary: fc.record({ op: fc.constant('cycle' as const), at, length: fc.integer({ min: 1, max: 5 }), structural: fc.boolean() }) },
		{ weight: 1, arbitrary: fc.record({ op: fc.constant('copy' as const), at, to: fc.nat() }) },
		{
			weight: 2,
			arbitrary: fc.record({
				op: fc.constant('fan-out' as const),
				at,
				levels: fc.integer({ min: 8, max: 28 }),
				width: fc.integer({ min: 2, max: 3 }),
				edge: fc.constantFrom<FanOutEdge>('properties', 'allOf', 'items', 'additionalProperties', 'mixed'),
				leaf: fc.nat(FAN_OUT_LEAVES.length - 1),
			}),
		},
	);
}

/** The root's `definitions` object, added when it has none (or has something else under that key). */
function definitionsOf(root: JObject): JObject {
	const entry = root.entries.find(([key]) => key === 'definitions');
	if (entry && isObjectNode(entry[1])) {
		return entry[1];
	}
	const definitions: JObject = { t: 'o', entries: [] };
	root.entries.push(['definitions', definitions]);
	return definitions;
}

/** A definition of a fan-out whose `width` edges of kind `edge` all reference `next`. */
function fanOutSchema(edge: FanOutEdge, width: number, next: string, level: number): J {
	const ref = (): J => ({ t: 'o', entries: [['$ref', next]] });
	const kind: Exclude<FanOutEdge, 'mixed'> = edge === 'mixed' ? (['properties', 'allOf', 'items', 'additionalProperties'] as const)[level % 4] : edge;
	const properties = (): J => ({ t: 'o', entries: Array.from({ length: width }, (_, i): [string, J] => [`p${i}`, ref()]) });
	switch (kind) {
		case 'properties':
			return { t: 'o', entries: [['type', 'object'], ['properties', properties()]] };
		case 'allOf':
			return { t: 'o', entries: [['allOf', Array.from({ length: width }, ref)]] };
		case 'items':
			return { t: 'o', entries: [['type', 'object'], ['properties', { t: 'o', entries: Array.from({ length: width }, (_, i): [string, J] => [`p${i}`, { t: 'o', entries: [['type', 'array'], ['items', ref()]] }]) }]] };
		case 'additionalProperties':
			return { t: 'o', entries: [['type', 'object'], ['additionalProperties', ref()], ['properties', properties()]] };
	}
}

const DEEP_PARTS: Record<DeepShape, [string, string, string]> = {
	array: ['[', '0', ']'],
	object: ['{"a":', '1', '}'],
	schema: ['{"type":"object","properties":{"p":', '{"type":"string"}', '}}'],
	items: ['{"type":"array","items":', '{"type":"string"}', '}'],
	allOf: ['{"allOf":[', '{"type":"string"}', ']}'],
	unclosed: ['{"a":[', '', ''],
};

/** Applies one mutation; returns the new root and a few words for the label (undefined when it did not apply). */
function applyTreeMutation(root: J, mutation: TreeMutation, scale: Scale): { root: J; note?: string } {
	const slots = slotsOf(root);
	const pick = (at: number, filter: (slot: Slot) => boolean = () => true) => {
		const candidates = slots.filter(filter);
		return candidates.length ? candidates[at % candidates.length] : undefined;
	};
	const set = (slot: Slot, value: J): J => {
		if (!slot.parent) {
			return value;
		}
		if (Array.isArray(slot.parent)) {
			slot.parent[slot.index] = value;
		} else {
			slot.parent.entries[slot.index][1] = value;
		}
		return root;
	};
	const nonRoot = (slot: Slot) => slot.parent !== undefined;
	switch (mutation.op) {
		case 'delete': {
			const slot = pick(mutation.at, nonRoot);
			if (!slot) {
				return { root };
			}
			if (Array.isArray(slot.parent)) {
				slot.parent.splice(slot.index, 1);
			} else {
				slot.parent!.entries.splice(slot.index, 1);
			}
			return { root, note: `delete ${describePath(slot.path)}` };
		}
		case 'duplicate': {
			const slot = pick(mutation.at, nonRoot);
			if (!slot) {
				return { root };
			}
			const value = mutation.value === undefined ? clone(slot.node) : toModel(mutation.value);
			if (Array.isArray(slot.parent)) {
				slot.parent.splice(slot.index + 1, 0, value);
			} else {
				slot.parent!.entries.splice(slot.index + 1, 0, [slot.parent!.entries[slot.index][0], value]);
			}
			return { root, note: `duplicate ${describePath(slot.path)}` };
		}
		case 'retype': {
			const slot = pick(mutation.at);
			return slot ? { root: set(slot, toModel(mutation.value)), note: `retype ${describePath(slot.path)}` } : { root };
		}
		case 'number': {
			const slot = pick(mutation.at);
			return slot ? { root: set(slot, { t: 'raw', text: mutation.text }), note: `${mutation.text} at ${describePath(slot.path)}` } : { root };
		}
		case 'rename': {
			const slot = pick(mutation.at, (candidate) => isObjectNode(candidate.parent ?? null));
			if (!slot) {
				return { root };
			}
			(slot.parent as JObject).entries[slot.index][0] = mutation.key;
			return { root, note: `rename ${describePath(slot.path)} to ${JSON.stringify(mutation.key.slice(0, 20))}` };
		}
		case 'add': {
			const slot = pick(mutation.at, (candidate) => isObjectNode(candidate.node));
			if (!slot) {
				return { root };
			}
			(slot.node as JObject).entries.push([mutation.key, toModel(mutation.value)]);
			return { root, note: `add ${JSON.stringify(mutation.key.slice(0, 20))} to ${describePath(slot.path)}` };
		}
		case 'huge': {
			const slot = pick(mutation.at, nonRoot);
			if (!slot) {
				return { root };
			}
			const item = mutation.shape === 'copies' ? printModel(slot.node, '', '') : printModel(toModel(mutation.item), '', '');
			const maxCount = mutation.shape === 'string' ? scale.hugeChars : Math.min(scale.hugeItems, Math.floor(scale.hugeChars / (item.length + 12)));
			const count = Math.min(mutation.count, maxCount);
			let text: string;
			if (mutation.shape === 'string') {
				text = JSON.stringify(mutation.pattern.repeat(Math.ceil(count / mutation.pattern.length)).slice(0, count));
			} else if (mutation.shape === 'array') {
				text = `[${new Array<string>(count).fill(item).join(',')}]`;
			} else {
				const base = slot.path.length ? String(slot.path[slot.path.length - 1]) : 'k';
				text = `{${Array.from({ length: count }, (_, i) => `${JSON.stringify(`${base}${i}`)}:${item}`).join(',')}}`;
			}
			return { root: set(slot, { t: 'raw', text }), note: `huge ${mutation.shape}×${count} at ${describePath(slot.path)}` };
		}
		case 'deep': {
			const slot = pick(mutation.at, nonRoot);
			if (!slot) {
				return { root };
			}
			const [open, middle, close] = DEEP_PARTS[mutation.shape];
			const depth = Math.min(mutation.depth, scale.depth);
			return { root: set(slot, { t: 'raw', text: open.repeat(depth) + middle + close.repeat(depth) }), note: `deep ${mutation.shape}×${depth} at ${describePath(slot.path)}` };
		}
		case 'ref': {
			const slot = pick(mutation.at);
			if (!slot) {
				return { root };
			}
			const target = mutation.target !== undefined ? slots[mutation.target % slots.length] : undefined;
			const ref = mutation.ref ?? (target ? pointerOf(target.path, mutation.encode) : '#');
			if (isObjectNode(slot.node) && !mutation.replace) {
				slot.node.entries.push(['$ref', ref]);
				return { root, note: `$ref ${ref.slice(0, 40)} in ${describePath(slot.path)}` };
			}
			return { root: set(slot, { t: 'o', entries: [['$ref', ref]] }), note: `$ref ${ref.slice(0, 40)} at ${describePath(slot.path)}` };
		}
		case 'cycle': {
			if (!isObjectNode(root)) {
				return { root };
			}
			const definitions = definitionsOf(root);
			const next = (i: number) => `#/definitions/Cycle${(i + 1) % mutation.length}`;
			for (let i = 0; i < mutation.length; i++) {
				const schema: J = mutation.structural
					? { t: 'o', entries: [['type', 'object'], ['properties', { t: 'o', entries: [['next', { t: 'o', entries: [['$ref', next(i)]] }], ['list', { t: 'o', entries: [['type', 'array'], ['items', { t: 'o', entries: [['$ref', next(i)]] }]] }]] }]] }
					: { t: 'o', entries: [['$ref', next(i)]] };
				definitions.entries.push([`Cycle${i}`, schema]);
			}
			const slot = pick(mutation.at, nonRoot);
			const note = `${mutation.structural ? 'recursive schemas' : '$ref cycle'} of ${mutation.length}`;
			return slot ? { root: set(slot, { t: 'o', entries: [['$ref', '#/definitions/Cycle0']] }), note: `${note} used at ${describePath(slot.path)}` } : { root, note };
		}
		case 'fan-out': {
			// Shared definitions that fan out and meet again: width^levels paths from the first to the last.
			if (!isObjectNode(root)) {
				return { root };
			}
			const definitions = definitionsOf(root);
			for (let level = 0; level < mutation.levels; level++) {
				definitions.entries.push([`Fan${level}`, fanOutSchema(mutation.edge, mutation.width, `#/definitions/Fan${level + 1}`, level)]);
			}
			definitions.entries.push([`Fan${mutation.levels}`, toModel(FAN_OUT_LEAVES[mutation.leaf])]);
			// Most often where a schema is read: a body parameter's or a response's `schema`.
			const schemaSlot = pick(mutation.at, (slot) => slot.path[slot.path.length - 1] === 'schema');
			const slot = mutation.at % 4 !== 0 && schemaSlot ? schemaSlot : pick(mutation.at, nonRoot);
			const note = `fan-out ${mutation.width}^${mutation.levels} by ${mutation.edge} to leaf ${mutation.leaf}`;
			return slot ? { root: set(slot, { t: 'o', entries: [['$ref', '#/definitions/Fan0']] }), note: `${note} used at ${describePath(slot.path)}` } : { root, note };
		}
		case 'copy': {
			const from = pick(mutation.at, nonRoot);
			const to = pick(mutation.to, nonRoot);
			if (!from || !to || nodeCount(from.node) > 2000) {
				return { root };
			}
			return { root: set(to, clone(from.node)), note: `copy ${describePath(from.path)} to ${describePath(to.path)}` };
		}
	}
}

// ---------------------------------------------------------------------------------------------------------------
// Text mutations

export type TextMutation =
	| { readonly op: 'truncate'; readonly at: number }
	| { readonly op: 'insert'; readonly at: number; readonly text: string }
	| { readonly op: 'remove'; readonly at: number; readonly length: number }
	| { readonly op: 'bom' }
	| { readonly op: 'eol'; readonly eol: string };

const STRAY_TOKENS = [',', '}', ']', '{', '[', '"', ':', '//c\n', '/* c */', '/*', '\u0000', '\ufeff', '\ud800', '\udc00', '\u00a0', '\u2028', '\\', '\\u12', 'tru', '01', '1.', '-', 'NaN', 'Infinity', "'a'", '\t', '\r', '\n', '"\n"', ',,', '"a":', '{"$ref":"#"}'];

const textMutation: fc.Arbitrary<TextMutation> = fc.oneof(
	{ weight: 3, arbitrary: fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }) },
	{ weight: 4, arbitrary: fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...STRAY_TOKENS), utf16String(4)) }) },
	{ weight: 2, arbitrary: fc.record({ op: fc.constant('remove' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }) },
	{ weight: 1, arbitrary: fc.record({ op: fc.constant('bom' as const) }) },
	{ weight: 1, arbitrary: fc.record({ op: fc.constant('eol' as const), eol: fc.constantFrom('\r\n', '\r', '\u2028') }) },
);

function applyTextMutation(text: string, mutation: TextMutation): { text: string; note: string } {
	switch (mutation.op) {
		case 'truncate': {
			const at = mutation.at % (text.length + 1);
			return { text: text.slice(0, at), note: `truncate at ${at}` };
		}
		case 'insert': {
			const at = mutation.at % (text.length + 1);
			return { text: text.slice(0, at) + mutation.text + text.slice(at), note: `insert ${JSON.stringify(mutation.text)} at ${at}` };
		}
		case 'remove': {
			const at = mutation.at % (text.length + 1);
			return { text: text.slice(0, at) + text.slice(at + mutation.length), note: `remove ${mutation.length} at ${at}` };
		}
		case 'bom':
			return { text: `\ufeff${text}`, note: 'BOM' };
		case 'eol':
			return { text: text.replace(/\n/g, mutation.eol), note: `line ends ${JSON.stringify(mutation.eol)}` };
	}
}

// ---------------------------------------------------------------------------------------------------------------
// Documents

export interface DocumentRecipe {
	readonly tree: readonly TreeMutation[];
	readonly text: readonly TextMutation[];
	readonly indent: string;
	readonly eol: string;
}

export function documentRecipe(scale: Scale, options: { textMutations?: boolean } = {}): fc.Arbitrary<DocumentRecipe> {
	return fc.record({
		tree: fc.array(treeMutation(scale), { maxLength: 5 }),
		// Most documents stay parseable so the rules run on them; some are broken as text.
		text: options.textMutations === false ? fc.constant([]) : fc.oneof({ weight: 3, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: fc.array(textMutation, { minLength: 1, maxLength: 2 }) }),
		indent: fc.constantFrom('  ', '\t', '    ', ''),
		eol: fc.constantFrom('\n', '\n', '\r\n'),
	});
}

/** The document a recipe makes from a plain value, with a label of what was done to it. */
export function buildDocument(base: unknown, recipe: DocumentRecipe, scale: Scale): { text: string; notes: string[] } {
	let root = toModel(base);
	const notes: string[] = [];
	for (const mutation of recipe.tree) {
		const result = applyTreeMutation(root, mutation, scale);
		root = result.root;
		if (result.note) {
			notes.push(result.note);
		}
	}
	let text = printModel(root, recipe.indent, recipe.indent ? recipe.eol : '');
	for (const mutation of recipe.text) {
		const result = applyTextMutation(text, mutation);
		text = result.text;
		notes.push(result.note);
	}
	return { text, notes };
}

// ---------------------------------------------------------------------------------------------------------------
// Connectors

export interface ConnectorCase {
	readonly label: string;
	readonly swagger?: string;
	readonly apiProperties?: string;
	readonly previousSwagger?: string;
	readonly readme?: string;
	readonly intro?: string;
	readonly script?: string;
	readonly icon?: Uint8Array;
	readonly folderPath?: string;
	/** For fix-all: the default profile, or every rule at its own severity. */
	readonly everyRule: boolean;
}

const MARKDOWN_TOKENS = [
	'# Contoso Notes\n',
	'## Publisher: Contoso Ltd\n',
	'## Prerequisites\n',
	'## Supported Operations\n',
	'### Get a note\n',
	'## Obtaining Credentials\n',
	'## Known Issues and Limitations\n',
	'## Deployment Instructions\n',
	'## Description\n',
	'## Actions\n',
	'## Triggers\n',
	'Notes keeps notes. ',
	'It reads notes. ',
	'[link](https://www.contoso.com)',
	'`code`',
	'- item\n',
	'1. step\n',
	'\n',
	'\r\n',
	'#',
	'##',
	'<TODO>',
	'[Insert description here]',
	'\u0000',
	'\ud800',
	'😀',
];

const CSX_TOKENS = [
	'using System;\n',
	'using System.Net.Http;\n',
	'using Newtonsoft.Json;\n',
	'using System.IO;\n',
	'using Microsoft.Identity.Client;\n',
	'public class Script : ScriptBase\n',
	'{',
	'}',
	'public override async Task<HttpResponseMessage> ExecuteAsync()\n',
	'this.Context.OperationId',
	'"GetNote"',
	'switch (x) { case "A": break; }',
	'return await this.Context.SendAsync(this.Context.Request, this.CancellationToken);',
	'// comment\n',
	'/* ',
	' */',
	'"',
	'@"',
	'\n',
	'Console.WriteLine(1);',
	'Thread.Sleep(100);',
];

function tokenSoup(tokens: readonly string[], maxLength: number): fc.Arbitrary<string> {
	return fc.array(fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...tokens) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 10 }) }), { maxLength }).map((parts) => parts.join(''));
}

/** Icon bytes: the fixture's, a generated PNG, either damaged, or noise. */
function iconBytes(scale: Scale, fixtureIcon: Uint8Array): fc.Arbitrary<Uint8Array> {
	const generated = fc
		.record({ width: fc.integer({ min: 1, max: 256 }), height: fc.integer({ min: 1, max: 256 }), background: fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)) })
		.map(({ width, height, background }) => pngOf(width, height, background));
	const damage = fc.array(fc.record({ at: fc.nat(), value: fc.oneof(fc.nat(255), fc.constantFrom(0x7f, 0xff)), wide: fc.boolean() }), { minLength: 1, maxLength: 4 });
	const damaged = (base: fc.Arbitrary<Uint8Array>) =>
		fc.tuple(base, damage, fc.option(fc.nat(), { nil: undefined })).map(([bytes, changes, truncate]) => {
			let copy = bytes.slice();
			for (const change of changes) {
				// Chunk lengths and the IHDR width and height are 4-byte fields: `wide` writes all four.
				const at = change.at % copy.length;
				for (let i = 0; i < (change.wide ? 4 : 1) && at + i < copy.length; i++) {
					copy[at + i] = change.value;
				}
			}
			if (truncate !== undefined) {
				copy = copy.subarray(0, truncate % (copy.length + 1));
			}
			return copy;
		});
	return fc.oneof(
		fc.constant(fixtureIcon),
		generated,
		damaged(fc.constant(fixtureIcon)),
		damaged(generated),
		fc.uint8Array({ maxLength: scale.randomLength }),
		fc.uint8Array({ maxLength: 64 }).map((tail) => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...tail])),
	);
}

/** A connector made from a fixture: both JSON files mutated, a previous version and the other files sometimes. */
export function connectorCase(scale: Scale): fc.Arbitrary<ConnectorCase> {
	const all = fixtures(scale);
	const fixtureIcon = loadFixture(SMALL_FIXTURES[0]).icon!;
	const readmes = all.map((fixture) => fixture.readme).filter((text): text is string => text !== undefined);
	const markdown = fc.oneof(fc.constantFrom(...readmes), tokenSoup(MARKDOWN_TOKENS, 60), fc.tuple(fc.constantFrom(...readmes), fc.array(textMutation, { minLength: 1, maxLength: 3 })).map(([text, changes]) => changes.reduce((t, change) => applyTextMutation(t, change).text, text)));
	const recipe = documentRecipe(scale);
	return fc
		.record({
			fixture: fc.nat(all.length - 1),
			swagger: fc.option(recipe, { freq: 12, nil: undefined }),
			apiProperties: fc.option(recipe, { freq: 6, nil: undefined }),
			previous: fc.option(recipe, { freq: 2, nil: undefined }),
			// The previous version made from the definition itself with a few more changes: both versions then share
			// whatever the mutations built (a fan-out, a cycle), as an update of a real connector does.
			previousFromCurrent: fc.boolean(),
			readme: fc.option(markdown, { freq: 2, nil: undefined }),
			intro: fc.option(markdown, { freq: 4, nil: undefined }),
			script: fc.option(tokenSoup(CSX_TOKENS, 60), { freq: 4, nil: undefined }),
			icon: fc.option(iconBytes(scale, fixtureIcon), { freq: 2, nil: undefined }),
			folderPath: fc.constantFrom(undefined, '/repo/certified-connectors/Contoso Notes', '/repo/independent-publisher-connectors/Contoso Notes'),
			everyRule: fc.boolean(),
		})
		.map((recipes) => {
			const fixture = all[recipes.fixture];
			const notes: string[] = [];
			const build = (name: string, base: unknown, documentRecipe: DocumentRecipe | undefined) => {
				if (base === undefined || documentRecipe === undefined) {
					return undefined;
				}
				const built = buildDocument(base, documentRecipe, scale);
				notes.push(`${name} ${built.text.length} chars${built.notes.length ? ` [${built.notes.join('; ')}]` : ''}`);
				return built.text;
			};
			const swagger = build('swagger', fixture.swagger, recipes.swagger);
			const apiProperties = build('apiProperties', fixture.apiProperties, recipes.apiProperties);
			// Without a previous version of its own, the fixture's definition stands in for one.
			const previousSwagger =
				recipes.previousFromCurrent && recipes.swagger && recipes.previous
					? build('previous (the definition changed)', fixture.swagger, { ...recipes.swagger, tree: [...recipes.swagger.tree, ...recipes.previous.tree], text: recipes.previous.text })
					: build('previous', fixture.previous ?? fixture.swagger, recipes.previous);
			for (const [name, value] of [['readme', recipes.readme], ['intro', recipes.intro], ['script', recipes.script], ['icon', recipes.icon]] as const) {
				if (value !== undefined) {
					notes.push(`${name} ${value.length}`);
				}
			}
			return {
				label: `${fixture.name}: ${notes.join(', ') || 'nothing'}`,
				swagger,
				apiProperties,
				previousSwagger,
				readme: recipes.readme,
				intro: recipes.intro,
				script: recipes.script,
				icon: recipes.icon,
				folderPath: recipes.folderPath,
				everyRule: recipes.everyRule,
			};
		});
}

// ---------------------------------------------------------------------------------------------------------------
// Parser inputs

export interface TextCase {
	readonly label: string;
	readonly text: string;
}

export interface BytesCase {
	readonly label: string;
	readonly bytes: Uint8Array;
}

const JSON_TOKENS = ['{', '}', '[', ']', ':', ',', '"a"', '"$ref"', '"__proto__"', '"\\u0041"', '"\\ud800"', '"\\x"', '"', '\\', '0', '-0', '1e5', '1.', '01', '-', 'true', 'false', 'null', 'tru', 'nul', ' ', '\t', '\n', '\r\n', '\r', '\u00a0', '\ufeff', '//c\n', '/*c*/', '/*', '*/', '\u0000', '\u001f', "'a'", 'NaN'];

/** Any string at all: random code units, random code points, and token soup that looks like (broken) JSON. */
export function anyText(scale: Scale): fc.Arbitrary<TextCase> {
	return fc.oneof(
		utf16String(scale.randomLength).map((text) => ({ label: `random UTF-16 (${text.length})`, text })),
		fc.string({ unit: 'binary', maxLength: scale.randomLength }).map((text) => ({ label: `random code points (${text.length})`, text })),
		fc.array(fc.constantFrom(...JSON_TOKENS), { maxLength: scale.randomLength / 4 }).map((parts) => ({ label: `token soup (${parts.length} tokens)`, text: parts.join('') })),
		fc.tuple(validJson(scale), fc.array(textMutation, { minLength: 1, maxLength: 3 })).map(([valid, changes]) => {
			let text = valid.text;
			const notes: string[] = [];
			for (const change of changes) {
				const result = applyTextMutation(text, change);
				text = result.text;
				notes.push(result.note);
			}
			return { label: `${valid.label}, ${notes.join('; ')}`, text };
		}),
		deepText(scale),
	);
}

/** Deep nesting, closed or left open, up to the scale's bound (beyond MAX_DEPTH in every scale). */
function deepText(scale: Scale): fc.Arbitrary<TextCase> {
	return fc.record({ shape: fc.constantFrom<DeepShape>('array', 'object', 'schema', 'items', 'allOf', 'unclosed'), depth: fc.integer({ min: 1, max: scale.depth * 2 }), closed: fc.boolean() }).map(({ shape, depth, closed }) => {
		const [open, middle, close] = DEEP_PARTS[shape];
		return { label: `deep ${shape}×${depth}${closed ? '' : ' left open'}`, text: open.repeat(depth) + middle + (closed ? close.repeat(depth) : '') };
	});
}

/** Insignificant whitespace JSON allows. */
const WHITESPACE = ['', '', ' ', '\t', '\n', '\r\n', '\r', '  \n\t'];

/** Valid JSON printed with random whitespace and escapes; sometimes nested close to or beyond MAX_DEPTH. */
export function validJson(scale: Scale): fc.Arbitrary<TextCase> {
	const printed = fc.tuple(fc.jsonValue({ maxDepth: 6 }), fc.array(fc.constantFrom(...WHITESPACE), { minLength: 1, maxLength: 8 }), fc.boolean(), fc.boolean()).map(([value, spaces, escape, duplicate]) => {
		let i = 0;
		const ws = () => spaces[i++ % spaces.length];
		const str = (s: string) => (escape ? JSON.stringify(s).replace(/[^\x20-\x7e]|\//g, (c) => (c === '/' ? '\\/' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)) : JSON.stringify(s));
		const print = (v: unknown): string => {
			if (Array.isArray(v)) {
				return `[${ws()}${v.map((item) => print(item)).join(`${ws()},${ws()}`)}${ws()}]`;
			}
			if (v && typeof v === 'object') {
				const entries = Object.entries(v);
				// A repeated key is valid JSON (the last wins): the tolerant pass must give JSON.parse's value too.
				if (duplicate && entries.length) {
					entries.unshift([entries[entries.length - 1][0], null]);
				}
				return `{${ws()}${entries.map(([key, item]) => `${str(key)}${ws()}:${ws()}${print(item)}`).join(`${ws()},${ws()}`)}${ws()}}`;
			}
			return typeof v === 'string' ? str(v) : JSON.stringify(v);
		};
		return { label: `valid JSON${escape ? ', escaped' : ''}${duplicate ? ', repeated keys' : ''}`, text: `${ws()}${print(value)}${ws()}` };
	});
	const numbers = fc.array(fc.oneof(fc.constantFrom(...ODD_NUMBER_TEXTS), fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => JSON.stringify(n))), { maxLength: 20 }).map((parts) => ({ label: 'numbers', text: `[${parts.join(',')}]` }));
	const prototypes = fc.array(fc.tuple(fc.constantFrom(...PROTOTYPE_KEYS), fc.jsonValue({ maxDepth: 2 })), { minLength: 1, maxLength: 6 }).map((entries) => ({
		label: 'prototype keys',
		text: `{${entries.map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)}`).join(',')}}`,
	}));
	const deep = fc.record({ shape: fc.constantFrom<DeepShape>('array', 'object', 'allOf'), depth: fc.integer({ min: 900, max: 1100 }) }).map(({ shape, depth }) => {
		// Steps of `allOf` nest two levels each; the depth in levels is what MAX_DEPTH bounds.
		const [open, middle, close] = DEEP_PARTS[shape];
		const steps = shape === 'allOf' ? Math.ceil(depth / 2) : depth;
		return { label: `valid deep ${shape}×${steps}`, text: open.repeat(steps) + middle + close.repeat(steps) };
	});
	return fc.oneof({ weight: 6, arbitrary: printed }, { weight: 1, arbitrary: numbers }, { weight: 1, arbitrary: prototypes }, { weight: 1, arbitrary: deep });
}

/** Bytes: noise, and encoded (valid or broken) JSON with BOMs, invalid UTF-8 sequences and truncation mid-character. */
export function anyBytes(scale: Scale): fc.Arbitrary<BytesCase> {
	const INVALID = [[0xc0, 0x80], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xff], [0xfe], [0xe2, 0x82], [0xf0, 0x9f, 0x98], [0x80], [0xc3], [0xf4, 0x90, 0x80, 0x80]];
	const BOMS = [[0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], [0xef, 0xbb]];
	const encoded = fc
		.record({
			source: fc.oneof(validJson(scale), anyText(scale)),
			bom: fc.option(fc.constantFrom(...BOMS), { nil: undefined }),
			invalid: fc.array(fc.tuple(fc.nat(), fc.constantFrom(...INVALID)), { maxLength: 3 }),
			truncate: fc.option(fc.nat(), { nil: undefined }),
			utf16: fc.boolean(),
		})
		.map(({ source, bom, invalid, truncate, utf16 }) => {
			let bytes: number[] = utf16 ? [...new Uint8Array(Uint16Array.from({ length: source.text.length }, (_, i) => source.text.charCodeAt(i)).buffer)] : [...new TextEncoder().encode(source.text)];
			for (const [at, sequence] of invalid) {
				const offset = at % (bytes.length + 1);
				bytes = [...bytes.slice(0, offset), ...sequence, ...bytes.slice(offset)];
			}
			if (bom) {
				bytes = [...bom, ...bytes];
			}
			if (truncate !== undefined) {
				bytes = bytes.slice(0, truncate % (bytes.length + 1));
			}
			const notes = [utf16 ? 'UTF-16' : 'UTF-8', bom ? `BOM ${bom.map((b) => b.toString(16)).join(' ')}` : '', invalid.length ? `${invalid.length} invalid sequences` : '', truncate !== undefined ? 'truncated' : ''].filter(Boolean);
			return { label: `${source.label} as bytes (${notes.join(', ')})`, bytes: new Uint8Array(bytes) };
		});
	return fc.oneof(fc.uint8Array({ maxLength: scale.randomLength }).map((bytes) => ({ label: `random bytes (${bytes.length})`, bytes })), { weight: 3, arbitrary: encoded });
}

// ---------------------------------------------------------------------------------------------------------------
// $ref inputs

export interface RefCase {
	readonly label: string;
	/** A document to resolve in, with `$ref`s sprinkled through it. */
	readonly root: unknown;
	readonly refs: readonly string[];
}

/** Random documents with refs into themselves and odd refs, and refs to resolve in them. */
export function refCase(scale: Scale): fc.Arbitrary<RefCase> {
	const all = fixtures(scale);
	// The document is walked recursively here to pick ref targets: deep inserts stay well within the stack.
	const shallow = { ...scale, depth: Math.min(scale.depth, 300) };
	return fc.record({ fixture: fc.nat(all.length - 1), recipe: documentRecipe(shallow, { textMutations: false }), refs: fc.array(fc.oneof(fc.constantFrom(...ODD_REFS), utf16String(12), fc.nat()), { minLength: 1, maxLength: 8 }) }).map(({ fixture, recipe, refs }) => {
		const built = buildDocument(all[fixture].swagger, recipe, shallow);
		let root: unknown;
		try {
			root = JSON.parse(built.text);
		} catch {
			// An unclosed deep insert: resolve in the unmutated fixture instead.
			root = all[fixture].swagger;
		}
		const slots = slotsOf(toModel(root));
		const resolved = refs.map((ref) => (typeof ref === 'number' ? pointerOf(slots[ref % slots.length].path, ref % 2 === 1) : ref));
		return { label: `${all[fixture].name} [${built.notes.join('; ')}] refs ${resolved.length}`, root, refs: resolved };
	});
}

/** What odd refs in a definition graph resolve to (the ones whose outcome does not depend on the document). */
export const GRAPH_ODD_OUTCOMES: Readonly<Record<string, 'remote' | 'external' | 'malformed' | 'not-found'>> = {
	'http://127.0.0.1:9/schema.json#/definitions/A': 'remote',
	'https://example.invalid/x.json': 'remote',
	'file:///etc/passwd': 'remote',
	'file:///etc/passwd#/definitions/A': 'remote',
	'data:application/json,{}': 'remote',
	'javascript:alert(1)': 'remote',
	'urn:x': 'remote',
	'C:\\x.json': 'remote',
	'../outside.json#/definitions/A': 'external',
	'../../outside.json': 'external',
	'..\\..\\outside.json': 'external',
	'/etc/passwd': 'external',
	'other.json': 'external',
	'other.json#/definitions/A': 'external',
	'//example.invalid/x.json': 'external',
	'': 'external',
	' #/definitions/A': 'external',
	'#definitions/A': 'malformed',
	'#/definitions/a~2b': 'malformed',
	'#/definitions/~': 'malformed',
	'#/definitions/Missing': 'not-found',
	'#/definitions/%': 'not-found',
	'#/definitions/%E0%A4%A': 'not-found',
};

/** One definition of a generated `$ref` graph: a reference to another definition or elsewhere, or a schema. */
export type GraphNode = { readonly ref: number } | { readonly odd: string } | { readonly schema: true };

export interface GraphCase {
	readonly label: string;
	readonly nodes: readonly GraphNode[];
	readonly start: number;
}

/** Definitions that refer to one another (chains, cycles, self-references, dead ends, remote and file refs). */
export function refGraph(): fc.Arbitrary<GraphCase> {
	const node: fc.Arbitrary<GraphNode> = fc.oneof({ weight: 6, arbitrary: fc.record({ ref: fc.nat() }) }, { weight: 2, arbitrary: fc.record({ odd: fc.constantFrom(...Object.keys(GRAPH_ODD_OUTCOMES)) }) }, { weight: 2, arbitrary: fc.constant({ schema: true as const }) });
	return fc.record({ nodes: fc.array(node, { minLength: 1, maxLength: 80 }), start: fc.nat() }).map(({ nodes, start }) => ({ label: `${nodes.length} definitions`, nodes, start: start % nodes.length }));
}

// ---------------------------------------------------------------------------------------------------------------
// Zips

export interface ZipCase {
	readonly label: string;
	readonly bytes: Uint8Array;
}

const MTIME = new Date(1980, 0, 1);

const ZIP_NAMES = [
	'apiDefinition.swagger.json',
	'apiProperties.json',
	'icon.png',
	'APIDEFINITION.SWAGGER.JSON',
	'intro.md',
	'Intro.md',
	'readme.md',
	'.DS_Store',
	'._icon.png',
	'__MACOSX/._x',
	'folder/',
	'folder/apiProperties.json',
	'Notes.pdpkg.zip',
	'PkgAssets/ConnectorSolution.zip',
	'PkgAssets/FlowSolution.zip',
	'PkgAssets/ImportConfig.xml',
	'Notes.dll',
	'[Content_Types].xml',
	'customizations.xml',
	'solution.xml',
	'Connector/cr123_notes_openapidefinition.json',
	'Connector/cr123_notes_iconblob.Png',
	'Connector/cr123_notes_connectionparameters.json',
	'Workflows/Flow-7A1F2B3C-0000-4000-8000-000000000001.json',
	'../escape.json',
	'/absolute.json',
	'C:/drive.json',
	'a\\b.json',
	'control\u0001.json',
	'bidi\u202e.json',
	'',
	'ключ.json',
];

const XML_SNIPPETS = [
	'<?xml version="1.0" encoding="utf-8"?><ImportExportXml><Workflows /><Connectors><Connector><name>cr123_notes</name></Connector></Connectors></ImportExportXml>',
	'<ImportExportXml><Workflows><Workflow><JsonFileName>/Workflows/Flow-7A1F2B3C-0000-4000-8000-000000000001.json</JsonFileName></Workflow></Workflows></ImportExportXml>',
	'<configdatastorage />',
	'<!-- <Connector> -->',
	'<a><b><c>',
	'&lt;&#x0;&#xFFFFFFFF;&bogus;',
];

/** Zips built with fflate from connector-like entries, a nested zip or two inside; then damaged in their headers. */
export function zipCase(scale: Scale): fc.Arbitrary<ZipCase> {
	const clean = loadFixture(SMALL_FIXTURES[0]);
	const contents: fc.Arbitrary<Uint8Array> = fc.oneof(
		fc.constantFrom(strToU8(JSON.stringify(clean.swagger, null, 2)), strToU8(JSON.stringify(clean.apiProperties, null, 2)), clean.icon!, strToU8(clean.readme!)),
		fc.constantFrom(...XML_SNIPPETS).map(strToU8),
		fc.uint8Array({ maxLength: 200 }),
		fc.string({ maxLength: 200 }).map(strToU8),
		fc.integer({ min: 0, max: 200_000 }).map((size) => new Uint8Array(size)),
	);
	const entries = (inner: fc.Arbitrary<Uint8Array>) => fc.array(fc.tuple(fc.constantFrom(...ZIP_NAMES), fc.oneof({ weight: 4, arbitrary: contents }, { weight: 1, arbitrary: inner }), fc.boolean()), { maxLength: 8 });
	const zipOf = (list: [string, Uint8Array, boolean][]) => {
		const files: Zippable = {};
		for (const [name, data, stored] of list) {
			files[name] = [data, { level: stored ? 0 : 6, mtime: MTIME }];
		}
		return zipSync(files, { mtime: MTIME });
	};
	const solution = entries(fc.constant(new Uint8Array())).map(zipOf);
	const pkg = entries(solution).map(zipOf);
	const built = entries(pkg).map(zipOf);

	const SIGNATURES = [0x04034b50, 0x02014b50, 0x06054b50, 0x06064b50, 0x07064b50];
	const INTERESTING = [0, 1, 0x7f, 0x80, 0xff, 0x100, 0xfffe, 0xffff, 0x10000, 0x7fffffff, 0x80000000, 0xfffffffe, 0xffffffff];
	const damage = fc.oneof(
		fc.record({ kind: fc.constant('field' as const), header: fc.nat(), offset: fc.nat(45), width: fc.constantFrom(1, 2, 4), value: fc.oneof(fc.constantFrom(...INTERESTING), fc.nat()) }),
		fc.record({ kind: fc.constant('byte' as const), at: fc.nat(), value: fc.nat(255) }),
		fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
		fc.record({ kind: fc.constant('append' as const), tail: fc.uint8Array({ maxLength: 64 }) }),
		fc.record({ kind: fc.constant('splice' as const), from: fc.nat(), to: fc.nat(), length: fc.integer({ min: 1, max: 200 }) }),
	);
	const damaged = fc.tuple(built, fc.array(damage, { minLength: 1, maxLength: 5 })).map(([bytes, changes]) => {
		let copy = bytes.slice();
		const notes: string[] = [];
		for (const change of changes) {
			const view = new DataView(copy.buffer, copy.byteOffset, copy.byteLength);
			if (change.kind === 'field') {
				// A header field: an offset into a local, central or end record, found by its signature.
				const headers: number[] = [];
				for (let at = 0; at + 4 <= copy.length; at++) {
					if (SIGNATURES.includes(view.getUint32(at, true))) {
						headers.push(at);
					}
				}
				if (headers.length) {
					const at = headers[change.header % headers.length] + change.offset;
					if (at + change.width <= copy.length) {
						if (change.width === 1) {
							view.setUint8(at, change.value & 0xff);
						} else if (change.width === 2) {
							view.setUint16(at, change.value & 0xffff, true);
						} else {
							view.setUint32(at, change.value >>> 0, true);
						}
						notes.push(`field +${change.offset}=${change.value}`);
					}
				}
			} else if (change.kind === 'byte' && copy.length) {
				copy[change.at % copy.length] = change.value;
				notes.push('byte');
			} else if (change.kind === 'truncate') {
				copy = copy.slice(0, change.at % (copy.length + 1));
				notes.push(`truncate ${copy.length}`);
			} else if (change.kind === 'append') {
				copy = new Uint8Array([...copy, ...change.tail]);
				notes.push('append');
			} else if (change.kind === 'splice' && copy.length) {
				const from = change.from % copy.length;
				const part = copy.slice(from, from + change.length);
				const to = change.to % (copy.length + 1);
				copy = new Uint8Array([...copy.subarray(0, to), ...part, ...copy.subarray(to)]);
				notes.push('splice');
			}
		}
		return { label: `damaged zip of ${bytes.length} bytes [${notes.join(', ')}]`, bytes: copy };
	});
	return fc.oneof(
		{ weight: 1, arbitrary: fc.uint8Array({ maxLength: scale.randomLength }).map((bytes) => ({ label: `random bytes (${bytes.length})`, bytes })) },
		{ weight: 2, arbitrary: built.map((bytes) => ({ label: `zip of ${bytes.length} bytes`, bytes })) },
		{ weight: 5, arbitrary: damaged },
	);
}

// ---------------------------------------------------------------------------------------------------------------
// Language inputs

export interface LanguageCase {
	readonly label: string;
	readonly kind: 'swagger' | 'apiProperties';
	readonly swagger: string;
	readonly apiProperties: string;
	/** Offsets into the file of `kind`, reduced modulo its length + 1. */
	readonly offsets: readonly number[];
	readonly newName: string;
}

/** A mutated connector and cursor positions in one of its files. */
export function languageCase(scale: Scale): fc.Arbitrary<LanguageCase> {
	const all = fixtures(scale).filter((fixture) => fixture.apiProperties !== undefined);
	const recipe = documentRecipe(scale);
	return fc
		.record({
			fixture: fc.nat(all.length - 1),
			swagger: recipe,
			apiProperties: recipe,
			kind: fc.constantFrom<'swagger' | 'apiProperties'>('swagger', 'apiProperties'),
			offsets: fc.array(fc.nat(), { minLength: 1, maxLength: 12 }),
			newName: fc.oneof(fc.constantFrom('Renamed', '', ' ', 'a/b', '~', '%', '__proto__', 'constructor', '#/x', 'GetNote', 'Pet'), fc.string({ unit: 'binary', maxLength: 10 })),
		})
		.map(({ fixture, swagger, apiProperties, kind, offsets, newName }) => {
			const s = buildDocument(all[fixture].swagger, swagger, scale);
			const a = buildDocument(all[fixture].apiProperties, apiProperties, scale);
			return {
				label: `${all[fixture].name} ${kind} at ${offsets.length} offsets: swagger [${s.notes.join('; ')}], apiProperties [${a.notes.join('; ')}]`,
				kind,
				swagger: s.text,
				apiProperties: a.text,
				offsets,
				newName,
			};
		});
}
