/**
 * The `x-ms-*` extension keys of Power Platform connectors, where each takes effect, and every `x-…` key written in a
 * definition's keyword objects (never in places whose keys are data: property names, header names, definition names,
 * the inside of an extension's value). Shared by extension-key-misspelled, -unknown and -misplaced.
 */
import type { JsonPath } from './json';
import { isObject } from './refs';
import { HTTP_METHODS, type JsonObject, type SwaggerModel } from './swagger';
import { memo } from './memo';

/** The kind of object a key is written in. */
export type ExtensionLevel =
	| 'root'
	| 'info'
	| 'contact'
	| 'license'
	| 'externalDocs'
	| 'tag'
	| 'paths'
	| 'pathItem'
	| 'operation'
	| 'parameter'
	| 'items'
	| 'schema'
	| 'responses'
	| 'response'
	| 'header'
	| 'securityDefinition';

export const LEVEL_NAMES: Readonly<Record<ExtensionLevel, string>> = {
	root: 'the document root',
	info: 'the info object',
	contact: 'the contact object',
	license: 'the license object',
	externalDocs: 'an externalDocs object',
	tag: 'a tag',
	paths: 'the paths object',
	pathItem: 'a path item',
	operation: 'an operation',
	parameter: 'a parameter',
	items: "a parameter's items",
	schema: 'a schema',
	responses: 'a responses object',
	response: 'a response',
	header: 'a response header',
	securityDefinition: 'a security definition',
};

export interface KnownExtension {
	readonly key: string;
	/** Where the key takes effect. */
	readonly levels: readonly ExtensionLevel[];
	/** Where it is documented (rules.md source abbreviations). */
	readonly source: string;
}

/**
 * Sources: EXT (openapi-extensions), MSS (the repository's apiDefinition schema), CS (connector metadata), SVR and
 * rules.md §6 (notification, trigger metadata, dynamic tree, editor, pageable), REPO (certified Copilot-enabled
 * connectors: x-ms-openai-*), MCP (Copilot Studio's MCP connector template: x-ms-agentic-protocol).
 */
export const KNOWN_EXTENSIONS: readonly KnownExtension[] = [
	{ key: 'x-ms-connector-metadata', levels: ['root'], source: 'CS' },
	{ key: 'x-ms-capabilities', levels: ['root', 'operation'], source: 'EXT, MSS' },
	{ key: 'x-ms-openai-manifest', levels: ['root'], source: 'REPO' },
	{ key: 'x-ms-api-annotation', levels: ['info', 'operation'], source: 'EXT, MSS' },
	{ key: 'x-ms-deployment-version', levels: ['info'], source: 'MSS' },
	{ key: 'x-ms-visibility', levels: ['operation', 'parameter', 'schema'], source: 'EXT, MSS' },
	{ key: 'x-ms-summary', levels: ['parameter', 'schema', 'items', 'header'], source: 'EXT, MSS' },
	{ key: 'x-ms-trigger', levels: ['operation'], source: 'EXT' },
	{ key: 'x-ms-agentic-protocol', levels: ['operation'], source: 'MCP' },
	{ key: 'x-ms-trigger-hint', levels: ['operation'], source: 'EXT' },
	{ key: 'x-ms-trigger-metadata', levels: ['operation'], source: 'MSS' },
	{ key: 'x-ms-notification', levels: ['operation'], source: 'SVR' },
	{ key: 'x-ms-notification-content', levels: ['pathItem', 'operation'], source: 'EXT, WH' },
	{ key: 'x-ms-notification-url', levels: ['parameter', 'schema'], source: 'EXT' },
	{ key: 'x-ms-operation-context', levels: ['operation'], source: 'EXT' },
	{ key: 'x-ms-no-generic-test', levels: ['operation'], source: 'MSS' },
	{ key: 'x-ms-pageable', levels: ['operation'], source: 'MSS, SVR' },
	{ key: 'x-ms-openai-data', levels: ['root', 'operation'], source: 'REPO' },
	{ key: 'x-ms-url-encoding', levels: ['parameter'], source: 'EXT, MSS' },
	{ key: 'x-ms-dynamic-values', levels: ['parameter', 'schema'], source: 'EXT, MSS' },
	{ key: 'x-ms-dynamic-list', levels: ['parameter', 'schema'], source: 'EXT, MSS' },
	{ key: 'x-ms-dynamic-schema', levels: ['parameter', 'schema', 'response'], source: 'EXT, MSS' },
	{ key: 'x-ms-dynamic-properties', levels: ['parameter', 'schema', 'response'], source: 'EXT, MSS' },
	{ key: 'x-ms-dynamic-tree', levels: ['parameter', 'schema'], source: 'SVR' },
	{ key: 'x-ms-enum-values', levels: ['parameter', 'schema', 'items'], source: 'MSS, SVR' },
	{ key: 'x-ms-test-value', levels: ['parameter', 'schema', 'items'], source: 'MSS' },
	{ key: 'x-ms-editor', levels: ['parameter', 'schema'], source: 'SVR' },
	{ key: 'x-ms-editor-options', levels: ['parameter', 'schema'], source: 'SVR' },
];

const KNOWN_BY_KEY = new Map(KNOWN_EXTENSIONS.map((known) => [known.key, known]));

export function knownExtension(key: string): KnownExtension | undefined {
	return KNOWN_BY_KEY.get(key);
}

/**
 * Three rows reused by every call: a document with thousands of unknown `x-…` keys measures each against the
 * catalogue, and two new arrays per row of each measure were most of that work (12,640 keys: fix-all over 6 s).
 */
let distanceRows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** Optimal string alignment distance (Damerau–Levenshtein with adjacent transpositions), capped at `max + 1`. */
function editDistance(a: string, b: string, max: number): number {
	if (Math.abs(a.length - b.length) > max) {
		return max + 1;
	}
	// A common start changes nothing (no transposition can straddle it) and every catalogue key starts `x-ms-`.
	let start = 0;
	while (start < a.length && start < b.length && a.charCodeAt(start) === b.charCodeAt(start)) {
		start++;
	}
	const aLength = a.length - start;
	const width = b.length - start + 1;
	if (distanceRows[0].length < width) {
		distanceRows = [new Int32Array(width), new Int32Array(width), new Int32Array(width)];
	}
	// The rows rotate: the row before the previous one (for transpositions), the previous one, the one being filled.
	let [beforePrevious, previous, row] = distanceRows;
	for (let j = 0; j < width; j++) {
		previous[j] = j;
	}
	for (let i = 1; i <= aLength; i++) {
		const ai = a.charCodeAt(start + i - 1);
		row[0] = i;
		let rowMin = i;
		for (let j = 1; j < width; j++) {
			const bj = b.charCodeAt(start + j - 1);
			let value = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (ai === bj ? 0 : 1));
			if (i > 1 && j > 1 && ai === b.charCodeAt(start + j - 2) && a.charCodeAt(start + i - 2) === bj) {
				value = Math.min(value, beforePrevious[j - 2] + 1);
			}
			row[j] = value;
			if (value < rowMin) {
				rowMin = value;
			}
		}
		if (rowMin > max) {
			return max + 1;
		}
		const spare = beforePrevious;
		beforePrevious = previous;
		previous = row;
		row = spare;
	}
	return previous[width - 1];
}

/**
 * The known key an unknown `x-…` key was probably meant to be: the same key in another case or with `_`, a key that
 * lacks `ms-` (`x-summary`), or one within two edits (one for short keys). Undefined when there is no single
 * close match.
 */
export function nearMiss(key: string): string | undefined {
	if (KNOWN_BY_KEY.has(key)) {
		return undefined;
	}
	// The same unknown keys recur (a vendor's `x-…` on every schema): measure each against the catalogue once.
	if (nearMisses.has(key)) {
		return nearMisses.get(key);
	}
	const found = closestKnown(key);
	if (nearMisses.size >= MAX_REMEMBERED_MISSES) {
		nearMisses.clear();
	}
	nearMisses.set(key, found);
	return found;
}

const MAX_REMEMBERED_MISSES = 1000;
const nearMisses = new Map<string, string | undefined>();

function closestKnown(key: string): string | undefined {
	const normalized = key.toLowerCase().replace(/_/g, '-');
	if (KNOWN_BY_KEY.has(normalized)) {
		return normalized;
	}
	if (/^x-(?!ms-)/.test(normalized) && KNOWN_BY_KEY.has(`x-ms-${normalized.slice(2)}`)) {
		return `x-ms-${normalized.slice(2)}`;
	}
	let best: string | undefined;
	let bestDistance = Infinity;
	let tie = false;
	for (const known of KNOWN_BY_KEY.keys()) {
		const max = known.length - 'x-ms-'.length >= 8 ? 2 : 1;
		const distance = editDistance(normalized, known, max);
		if (distance > max) {
			continue;
		}
		if (distance < bestDistance) {
			best = known;
			bestDistance = distance;
			tie = false;
		} else if (distance === bestDistance) {
			tie = true;
		}
	}
	return tie ? undefined : best;
}

/** Whether a key starts with `x-` in any case, without a regular expression per key. */
function isExtensionKey(key: string): boolean {
	return key.length > 1 && (key.charCodeAt(0) | 0x20) === 0x78 && key.charCodeAt(1) === 0x2d;
}

export class ExtensionKeyUse {
	constructor(
		readonly key: string,
		/** Path of the object holding the key (one array for the keys of one object: read it, do not change it). */
		readonly parentPath: JsonPath,
		readonly level: ExtensionLevel,
	) {}

	/** Path of the property (report with target `key`). */
	get path(): JsonPath {
		return [...this.parentPath, this.key];
	}
}

/**
 * The `x-…` keys (any case) written in a keyword object of the definition, in document order by section, except a
 * known extension at a level where it applies: those are all the extension-key rules pass over, and they were
 * nearly all of Encodian's 4,825 uses (each an object held through the check, copied by every young collection).
 */
export function unusualExtensionKeyUses(model: SwaggerModel): readonly ExtensionKeyUse[] {
	return memo(model.document, 'unusualExtensionKeyUses', () => findUnusualExtensionKeyUses(model));
}

function findUnusualExtensionKeyUses(model: SwaggerModel): readonly ExtensionKeyUse[] {
	const uses: ExtensionKeyUse[] = [];
	const root = model.root;
	const path: (string | number)[] = [];
	visit(uses, root, path, 'root');
	if (isObject(root.info)) {
		path.push('info');
		visit(uses, root.info, path, 'info');
		simple(uses, root.info.contact, 'contact', path, 'contact');
		simple(uses, root.info.license, 'license', path, 'license');
		path.pop();
	}
	simple(uses, root.externalDocs, 'externalDocs', path, 'externalDocs');
	if (Array.isArray(root.tags)) {
		path.push('tags');
		for (let index = 0; index < root.tags.length; index++) {
			simple(uses, root.tags[index], index, path, 'tag');
		}
		path.pop();
	}
	if (isObject(root.paths)) {
		pathItems(uses, root.paths, path);
	}
	sectionMembers(uses, root, 'parameters', path, parameter);
	sectionMembers(uses, root, 'responses', path, response);
	sectionMembers(uses, root, 'definitions', path, schema);
	sectionMembers(uses, root, 'securityDefinitions', path, securityDefinition);
	return uses;
}

// The walk keeps one path, each step pushing its segments on the way down and popping them on the way back, and copies
// it only for a key it keeps: a place object per operation, parameter, response and schema was most of what the walk
// allocated, for the few keys it keeps. Recursive: a checked document nests at most MAX_DEPTH levels. The steps are
// declared once, here, rather than as closures made for each walk: as closures, V8 optimized them again after full
// garbage collections, six times in 28 back-to-back checks of Encodian against twice, and the bench's parse and check
// took 2.8-7 ms longer. Keys by for…in, not Object.keys or Object.entries: an array per object otherwise.

/** An `x-…` key that is not a known extension at a level where it applies. */
function isUnusual(key: string, level: ExtensionLevel): boolean {
	return isExtensionKey(key) && !KNOWN_BY_KEY.get(key)?.levels.includes(level);
}

function visit(uses: ExtensionKeyUse[], object: JsonObject, path: readonly (string | number)[], level: ExtensionLevel): void {
	let parentPath: JsonPath | undefined;
	for (const key in object) {
		if (isUnusual(key, level)) {
			uses.push(new ExtensionKeyUse(key, (parentPath ??= [...path]), level));
		}
	}
}

/** A step of the walk: the value written at `segment` below `path`, and what is nested in it. */
type Step = (uses: ExtensionKeyUse[], raw: unknown, segment: string | number, path: (string | number)[]) => void;

/** Each member of a root section whose keys are names (`parameters`, `definitions`…), with `step`. */
function sectionMembers(uses: ExtensionKeyUse[], root: JsonObject, section: string, path: (string | number)[], step: Step): void {
	const members = root[section];
	if (!isObject(members)) {
		return;
	}
	path.push(section);
	for (const name in members) {
		step(uses, members[name], name, path);
	}
	path.pop();
}

function pathItems(uses: ExtensionKeyUse[], pathsObject: JsonObject, path: (string | number)[]): void {
	path.push('paths');
	visit(uses, pathsObject, path, 'paths');
	for (const pathKey in pathsObject) {
		const item = pathsObject[pathKey];
		if (isExtensionKey(pathKey) || !isObject(item)) {
			continue;
		}
		path.push(pathKey);
		visit(uses, item, path, 'pathItem');
		notificationContent(uses, item, path);
		listItems(uses, item, 'parameters', path, parameter);
		for (const method of HTTP_METHODS) {
			const operation = item[method];
			if (!isObject(operation)) {
				continue;
			}
			path.push(method);
			visit(uses, operation, path, 'operation');
			notificationContent(uses, operation, path);
			simple(uses, operation.externalDocs, 'externalDocs', path, 'externalDocs');
			listItems(uses, operation, 'parameters', path, parameter);
			const responses = operation.responses;
			if (isObject(responses)) {
				path.push('responses');
				visit(uses, responses, path, 'responses');
				for (const status in responses) {
					if (!isExtensionKey(status)) {
						response(uses, responses[status], status, path);
					}
				}
				path.pop();
			}
			path.pop();
		}
		path.pop();
	}
	path.pop();
}

/** A schema and those nested in it, in document order: properties, items, additionalProperties, allOf. */
function schema(uses: ExtensionKeyUse[], raw: unknown, segment: string | number, path: (string | number)[]): void {
	if (!isObject(raw)) {
		return;
	}
	path.push(segment);
	visit(uses, raw, path, 'schema');
	const properties = raw.properties;
	if (isObject(properties)) {
		path.push('properties');
		for (const name in properties) {
			schema(uses, properties[name], name, path);
		}
		path.pop();
	}
	if (Array.isArray(raw.items)) {
		listItems(uses, raw, 'items', path, schema);
	} else {
		schema(uses, raw.items, 'items', path);
	}
	schema(uses, raw.additionalProperties, 'additionalProperties', path);
	listItems(uses, raw, 'allOf', path, schema);
	path.pop();
}

/** The `items` of a non-body parameter or a header, nested up to 64 deep. */
function itemsChain(uses: ExtensionKeyUse[], owner: JsonObject, path: (string | number)[]): void {
	let items = owner.items;
	let depth = 0;
	for (; isObject(items) && depth < 64; depth++) {
		path.push('items');
		visit(uses, items, path, 'items');
		items = items.items;
	}
	path.length -= depth;
}

function parameter(uses: ExtensionKeyUse[], raw: unknown, segment: string | number, path: (string | number)[]): void {
	if (!isObject(raw)) {
		return;
	}
	path.push(segment);
	visit(uses, raw, path, 'parameter');
	if (raw.in === 'body' || raw.schema !== undefined) {
		schema(uses, raw.schema, 'schema', path);
	}
	itemsChain(uses, raw, path);
	path.pop();
}

/** Each entry of the list at `owner[key]`, if it is one, with `step`. */
function listItems(uses: ExtensionKeyUse[], owner: JsonObject, key: string, path: (string | number)[], step: Step): void {
	const list = owner[key];
	if (Array.isArray(list)) {
		path.push(key);
		for (let index = 0; index < list.length; index++) {
			step(uses, list[index], index, path);
		}
		path.pop();
	}
}

function response(uses: ExtensionKeyUse[], raw: unknown, segment: string | number, path: (string | number)[]): void {
	if (!isObject(raw)) {
		return;
	}
	path.push(segment);
	visit(uses, raw, path, 'response');
	schema(uses, raw.schema, 'schema', path);
	const headers = raw.headers;
	if (isObject(headers)) {
		path.push('headers');
		for (const name in headers) {
			const header = headers[name];
			if (isObject(header)) {
				path.push(name);
				visit(uses, header, path, 'header');
				itemsChain(uses, header, path);
				path.pop();
			}
		}
		path.pop();
	}
	path.pop();
}

function notificationContent(uses: ExtensionKeyUse[], owner: JsonObject, path: (string | number)[]): void {
	const content = owner['x-ms-notification-content'];
	if (isObject(content)) {
		path.push('x-ms-notification-content');
		schema(uses, content.schema, 'schema', path);
		path.pop();
	}
}

function securityDefinition(uses: ExtensionKeyUse[], raw: unknown, segment: string | number, path: (string | number)[]): void {
	simple(uses, raw, segment, path, 'securityDefinition');
}

function simple(uses: ExtensionKeyUse[], raw: unknown, segment: string | number, path: (string | number)[], level: ExtensionLevel): void {
	if (isObject(raw)) {
		path.push(segment);
		visit(uses, raw, path, level);
		path.pop();
	}
}
