/**
 * Every reference in a connector, for navigation: `$ref`s to definitions, shared parameters and shared responses, and
 * operationIds named by the extensions that call another operation (x-ms-dynamic-*, x-ms-capabilities,
 * x-ms-notification) and, in apiProperties.json, by policy instances and `scriptOperations`. Each file's index is
 * computed once per parsed document (that is, once per document version) and kept with it.
 */
import type { JsonFileKind } from '../core/connector';
import type { JsonDocument, JsonPath } from '../core/json';
import { readerOf } from '../core/jsonReader';
import type { Range } from '../core/lines';
import { parseJsonPointer, toJsonPointer } from '../core/location';
import { isObject, typedPath, valueAtPath } from '../core/refs';
import { collectRefUses } from '../core/refUses';
import { HTTP_METHODS } from '../core/swagger';
import type { TextEdit } from '../engine/edits';
import { memo } from '../core/memo';
import { pathOfFrame, type WalkFrame } from '../core/walk';

/** What a reference points at. */
export type TargetKind = 'definition' | 'parameter' | 'response' | 'operation';

/** The root section that declares each `$ref`-able kind. */
export const SECTIONS = { definition: 'definitions', parameter: 'parameters', response: 'responses' } as const;
type SectionKind = keyof typeof SECTIONS;
const KIND_OF_SECTION: Readonly<Record<string, SectionKind>> = { definitions: 'definition', parameters: 'parameter', responses: 'response' };

/** The extension or property a reference is written in. */
export type ReferenceSource =
	| '$ref'
	| 'x-ms-dynamic-values'
	| 'x-ms-dynamic-list'
	| 'x-ms-dynamic-schema'
	| 'x-ms-dynamic-properties'
	| 'x-ms-dynamic-tree'
	| 'testConnection'
	| 'file-picker'
	| 'x-ms-notification'
	| 'x-ms-apimTemplate-operationName'
	| 'scriptOperations';

export interface Target {
	readonly kind: TargetKind;
	/** A definition, parameter or response name (the key under its section), or an operationId. */
	readonly name: string;
}

export interface Reference extends Target {
	readonly file: JsonFileKind;
	readonly source: ReferenceSource;
	/** The path of the string that holds the reference (a `$ref` value, an `operationId` value, a list entry). */
	readonly path: JsonPath;
	/** That string's token and range (quotes included). */
	readonly node: StringToken;
	readonly range: Range;
	/** For a `$ref`: its pointer segments (`['definitions', 'Pet', 'properties', 'id']`). */
	readonly pointer?: readonly string[];
}

/** Where a target is declared: a definition, parameter or response key, or an operation's `operationId` value. */
export interface Declaration extends Target {
	readonly file: 'swagger';
	readonly path: JsonPath;
	/** The key token (sections) or the `operationId` string token (operations). */
	readonly node: StringToken;
	readonly range: Range;
}

/** A string written in a document: where (quotes included) and its value. */
export interface StringToken {
	readonly offset: number;
	readonly length: number;
	readonly value: string;
}

export interface FileIndex {
	/** In document order. */
	readonly references: readonly Reference[];
	/** In document order (swagger only). */
	readonly declarations: readonly Declaration[];
}

/** The parsed documents of one connector (either may be missing). */
export type ConnectorDocuments = Readonly<Partial<Record<JsonFileKind, JsonDocument>>>;

const DYNAMIC_EXTENSIONS: ReadonlySet<string> = new Set(['x-ms-dynamic-values', 'x-ms-dynamic-list', 'x-ms-dynamic-schema', 'x-ms-dynamic-properties']);
const METHODS: ReadonlySet<string> = new Set(HTTP_METHODS);

export function sameTarget(a: Target, b: Target): boolean {
	return a.kind === b.kind && a.name === b.name;
}

// ---- one file's index --------------------------------------------------------------------------------------------

export function fileIndex(kind: JsonFileKind, doc: JsonDocument): FileIndex {
	return memo(doc, `navigation.references.${kind}`, () => (kind === 'swagger' ? swaggerIndex(doc) : apiPropertiesIndex(doc)));
}

/**
 * Where the strings and keys an index names are written in one document, read from its JSON index when it has one
 * (core/jsonReader.ts).
 */
function tokensOf(doc: JsonDocument): { stringAt(path: JsonPath): StringToken | undefined; keyAt(path: JsonPath): StringToken | undefined } {
	const read = readerOf(doc);
	return {
		/** The string at `path`, when the value there is a string. */
		stringAt(path) {
			const node = read.at(path);
			const value = read.string(node);
			if (value === undefined) {
				return undefined;
			}
			const span = read.span(node);
			return { offset: span.offset, length: span.length, value };
		},
		/** The key of the object member at `path`. */
		keyAt(path) {
			const node = read.at(path);
			const span = node === undefined ? undefined : read.keySpan(node);
			return span && { offset: span.offset, length: span.length, value: String(path[path.length - 1]) };
		},
	};
}

function swaggerIndex(doc: JsonDocument): FileIndex {
	const references: Reference[] = [];
	const declarations: Declaration[] = [];
	if (!doc.root) {
		return { references, declarations };
	}
	const tokens = tokensOf(doc);
	// Fields written out, not spread from a target object: the spreads took 8 of that index's 45 ms.
	const add = (kind: TargetKind, name: string, source: ReferenceSource, path: JsonPath, pointer?: readonly string[]) => {
		const token = tokens.stringAt(path);
		if (token) {
			references.push({ kind, name, file: 'swagger', source, path, node: token, range: doc.lines.rangeAt(token.offset, token.length), pointer });
		}
	};
	for (const use of collectRefUses(doc.value)) {
		const pointer = pointerOf(use.ref);
		const kind = pointer && pointer.length >= 2 ? KIND_OF_SECTION[pointer[0]] : undefined;
		if (kind) {
			add(kind, pointer![1], '$ref', use.path, pointer);
		}
	}
	for (const use of operationIdUses(doc.value)) {
		add('operation', use.name, use.source, use.path);
	}
	// Declarations: the keys of the three sections, and each operation's operationId, found in the value as the rules
	// find them: a key written twice declares once, where it is written last, the one every reference resolves to.
	const root = doc.value;
	const declare = (kind: TargetKind, path: JsonPath, token: StringToken | undefined) => {
		if (token) {
			declarations.push({ kind, name: token.value, file: 'swagger', path, node: token, range: doc.lines.rangeAt(token.offset, token.length) });
		}
	};
	for (const [section, kind] of Object.entries(KIND_OF_SECTION)) {
		const holder = isObject(root) ? root[section] : undefined;
		for (const name of isObject(holder) ? Object.keys(holder) : []) {
			declare(kind, [section, name], tokens.keyAt([section, name]));
		}
	}
	const paths = isObject(root) && isObject(root.paths) ? root.paths : {};
	for (const pathKey of Object.keys(paths)) {
		const item = paths[pathKey];
		for (const method of isObject(item) ? Object.keys(item) : []) {
			if (METHODS.has(method)) {
				const path = ['paths', pathKey, method, 'operationId'];
				declare('operation', path, tokens.stringAt(path));
			}
		}
	}
	references.sort((a, b) => a.node.offset - b.node.offset);
	declarations.sort((a, b) => a.node.offset - b.node.offset);
	return { references, declarations };
}

interface OperationIdUse {
	readonly name: string;
	readonly source: ReferenceSource;
	readonly path: JsonPath;
}

/** The operationIds named by x-ms-dynamic-*, x-ms-notification (anywhere) and the root x-ms-capabilities. */
function operationIdUses(root: unknown): OperationIdUse[] {
	const uses: OperationIdUse[] = [];
	const named = (holder: unknown, path: JsonPath, source: ReferenceSource) => {
		if (isObject(holder) && typeof holder.operationId === 'string') {
			uses.push({ name: holder.operationId, source, path: [...path, 'operationId'] });
		}
	};
	if (isObject(root) && isObject(root['x-ms-capabilities'])) {
		const capabilities = root['x-ms-capabilities'];
		named(capabilities.testConnection, ['x-ms-capabilities', 'testConnection'], 'testConnection');
		const picker = capabilities['file-picker'];
		if (isObject(picker)) {
			named(picker.open, ['x-ms-capabilities', 'file-picker', 'open'], 'file-picker');
			named(picker.browse, ['x-ms-capabilities', 'file-picker', 'browse'], 'file-picker');
		}
	}
	// Iterative walk: documents nest deeply. Paths are built only for the hits.
	const pending: WalkFrame[] = [{ value: root, key: undefined, parent: undefined }];
	while (pending.length > 0) {
		const frame = pending.pop()!;
		const value = frame.value;
		if (Array.isArray(value)) {
			for (let i = value.length - 1; i >= 0; i--) {
				if (typeof value[i] === 'object' && value[i] !== null) {
					pending.push({ value: value[i], key: i, parent: frame });
				}
			}
			continue;
		}
		if (!isObject(value)) {
			continue;
		}
		const keys = Object.keys(value);
		for (let i = keys.length - 1; i >= 0; i--) {
			const key = keys[i];
			const child = value[key];
			if (typeof child !== 'object' || child === null) {
				continue;
			}
			if (DYNAMIC_EXTENSIONS.has(key) || key === 'x-ms-notification') {
				named(child, [...pathOfFrame(frame), key], key as ReferenceSource);
			} else if (key === 'x-ms-dynamic-tree' && isObject(child)) {
				const path = [...pathOfFrame(frame), key];
				named(child.open, [...path, 'open'], 'x-ms-dynamic-tree');
				named(child.browse, [...path, 'browse'], 'x-ms-dynamic-tree');
			}
			pending.push({ value: child, key, parent: frame });
		}
	}
	return uses;
}

function apiPropertiesIndex(doc: JsonDocument): FileIndex {
	const references: Reference[] = [];
	const tokens = tokensOf(doc);
	const add = (source: ReferenceSource, path: JsonPath) => {
		const token = tokens.stringAt(path);
		if (token) {
			references.push({ kind: 'operation', name: token.value, file: 'apiProperties', source, path, node: token, range: doc.lines.rangeAt(token.offset, token.length) });
		}
	};
	const each = (path: JsonPath, source: ReferenceSource) => {
		const list = valueAtPath(doc.value, path);
		if (Array.isArray(list)) {
			list.forEach((_, index) => add(source, [...path, index]));
		} else {
			add(source, path);
		}
	};
	const instances = valueAtPath(doc.value, ['properties', 'policyTemplateInstances']);
	if (Array.isArray(instances)) {
		instances.forEach((_, index) => {
			each(['properties', 'policyTemplateInstances', index, 'parameters', 'x-ms-apimTemplate-operationName'], 'x-ms-apimTemplate-operationName');
		});
	}
	each(['properties', 'scriptOperations'], 'scriptOperations');
	references.sort((a, b) => a.node.offset - b.node.offset);
	return { references, declarations: [] };
}

/** The pointer of a local `$ref` (`#/…`, percent-decoded as the resolver reads it), or undefined. */
function pointerOf(ref: string): string[] | undefined {
	if (!ref.startsWith('#')) {
		return undefined;
	}
	let fragment = ref.slice(1);
	if (fragment.includes('%')) {
		try {
			fragment = decodeURIComponent(fragment);
		} catch {
			// Not percent-encoded after all.
		}
	}
	return parseJsonPointer(fragment);
}

// ---- queries over a connector ------------------------------------------------------------------------------------

/** The reference or declaration under the cursor (`offset` in `file`'s text). */
export interface SymbolAt {
	readonly target: Target;
	readonly file: JsonFileKind;
	readonly reference?: Reference;
	readonly declaration?: Declaration;
}

/** The last item whose node starts at or before `offset`, if `offset` falls inside it (end inclusive). */
function itemAt<T extends { node: StringToken }>(items: readonly T[], offset: number): T | undefined {
	let low = 0;
	let high = items.length - 1;
	let found = -1;
	while (low <= high) {
		const mid = (low + high) >> 1;
		if (items[mid].node.offset <= offset) {
			found = mid;
			low = mid + 1;
		} else {
			high = mid - 1;
		}
	}
	const item = found >= 0 ? items[found] : undefined;
	return item && offset <= item.node.offset + item.node.length ? item : undefined;
}

export function symbolAt(docs: ConnectorDocuments, file: JsonFileKind, offset: number): SymbolAt | undefined {
	const doc = docs[file];
	if (!doc) {
		return undefined;
	}
	const index = fileIndex(file, doc);
	const reference = itemAt(index.references, offset);
	if (reference) {
		return { target: { kind: reference.kind, name: reference.name }, file, reference };
	}
	const declaration = itemAt(index.declarations, offset);
	return declaration ? { target: { kind: declaration.kind, name: declaration.name }, file, declaration } : undefined;
}

export function declarationsOf(docs: ConnectorDocuments, target: Target): Declaration[] {
	return docs.swagger ? fileIndex('swagger', docs.swagger).declarations.filter((d) => sameTarget(d, target)) : [];
}

/** Every reference to `target` in both files, the definition file first. */
export function referencesTo(docs: ConnectorDocuments, target: Target): Reference[] {
	const result: Reference[] = [];
	for (const file of ['swagger', 'apiProperties'] as const) {
		const doc = docs[file];
		if (doc) {
			result.push(...fileIndex(file, doc).references.filter((r) => sameTarget(r, target)));
		}
	}
	return result;
}

export interface FileRange {
	readonly file: JsonFileKind;
	readonly range: Range;
}

/**
 * Where the symbol under the cursor is declared. A `$ref` that points inside a definition (`#/definitions/A/properties/b`)
 * leads to that exact place when it exists.
 */
export function definitionAt(docs: ConnectorDocuments, file: JsonFileKind, offset: number): FileRange[] {
	const at = symbolAt(docs, file, offset);
	if (!at) {
		return [];
	}
	const pointer = at.reference?.pointer;
	if (pointer && pointer.length > 2 && docs.swagger) {
		const read = readerOf(docs.swagger);
		const node = read.at(typedPath(docs.swagger.value, pointer));
		const anchor = node === undefined ? undefined : (read.keySpan(node) ?? read.span(node));
		if (anchor) {
			return [{ file: 'swagger', range: docs.swagger.lines.rangeAt(anchor.offset, anchor.length) }];
		}
	}
	return declarationsOf(docs, at.target).map((d) => ({ file: d.file, range: d.range }));
}

/** Every use of the symbol under the cursor across both files, with its declaration first when asked for. */
export function referencesAt(docs: ConnectorDocuments, file: JsonFileKind, offset: number, includeDeclaration: boolean): FileRange[] {
	const at = symbolAt(docs, file, offset);
	if (!at) {
		return [];
	}
	const declarations = includeDeclaration ? declarationsOf(docs, at.target) : [];
	return [...declarations, ...referencesTo(docs, at.target)].map((item) => ({ file: item.file, range: item.range }));
}

// ---- rename ------------------------------------------------------------------------------------------------------

const WHAT: Readonly<Record<TargetKind, string>> = { definition: 'definition', parameter: 'shared parameter', response: 'shared response', operation: 'operation' };

export interface RenameTarget {
	readonly target: Target;
	/** The text the editor selects for renaming: the name only (inside the quotes, inside a `$ref` string). */
	readonly range: Range;
	readonly placeholder: string;
}

/** What a rename at the cursor would rename, or undefined when nothing renameable is there. */
export function prepareRenameAt(docs: ConnectorDocuments, file: JsonFileKind, offset: number): RenameTarget | undefined {
	const at = symbolAt(docs, file, offset);
	const doc = docs[file];
	if (!at || !doc || declarationsOf(docs, at.target).length === 0) {
		return undefined;
	}
	const node = (at.reference ?? at.declaration)!.node;
	// Inside the quotes; a string cut off by the end of a broken document has no closing quote to leave out.
	const closed = node.length >= 2 && doc.text.charCodeAt(node.offset + node.length - 1) === 0x22;
	let start = node.offset + 1;
	let end = node.offset + node.length - (closed ? 1 : 0);
	const raw = doc.text.slice(start, end);
	if (at.reference?.source === '$ref' && raw === node.value) {
		// Select just the name segment of the pointer, when the string is written without JSON escapes.
		const segment = nameSegment(raw);
		if (segment) {
			end = start + segment.end;
			start += segment.start;
		}
	}
	return { target: at.target, range: doc.lines.rangeAt(start, end - start), placeholder: at.target.name };
}

/** Where the second pointer segment (the name) sits in a `#/section/name/…` string. */
function nameSegment(ref: string): { start: number; end: number } | undefined {
	const first = ref.indexOf('/', 2);
	if (!ref.startsWith('#/') || first < 0) {
		return undefined;
	}
	const next = ref.indexOf('/', first + 1);
	return { start: first + 1, end: next < 0 ? ref.length : next };
}

/** A name as a JSON Pointer segment inside a URI fragment: `~` → `~0`, `/` → `~1`, and `%` kept literal. */
function pointerSegment(name: string): string {
	return name.replace(/~/g, '~0').replace(/\//g, '~1').replace(/%/g, '%25');
}

function decodeSegment(raw: string): string | undefined {
	let text = raw;
	if (text.includes('%')) {
		try {
			text = decodeURIComponent(text);
		} catch {
			// Read as written.
		}
	}
	return /~[^01]|~$/.test(text) ? undefined : text.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** The `$ref` string with its name segment replaced, keeping the rest as the author wrote it. */
function renamedRef(ref: string, pointer: readonly string[], newName: string): string {
	const segment = nameSegment(ref);
	if (segment && decodeSegment(ref.slice(segment.start, segment.end)) === pointer[1]) {
		return ref.slice(0, segment.start) + pointerSegment(newName) + ref.slice(segment.end);
	}
	return '#/' + pointer[0] + '/' + pointerSegment(newName) + toJsonPointer(pointer.slice(2)).replace(/%/g, '%25');
}

export type RenameResult =
	| { readonly ok: true; readonly edits: Readonly<Partial<Record<JsonFileKind, TextEdit[]>>> }
	| { readonly ok: false; readonly message: string };

/** One edit per declaration and reference, in both files; refused when the new name is empty or already taken. */
export function renameAt(docs: ConnectorDocuments, file: JsonFileKind, offset: number, newName: string): RenameResult {
	const prepared = prepareRenameAt(docs, file, offset);
	if (!prepared) {
		return { ok: false, message: 'Only a definition, a shared parameter, a shared response or an operationId can be renamed here.' };
	}
	const { target } = prepared;
	if (newName.trim() === '') {
		return { ok: false, message: `The new name of the ${WHAT[target.kind]} must not be empty.` };
	}
	if (newName === target.name) {
		return { ok: true, edits: {} };
	}
	if (declarationsOf(docs, { kind: target.kind, name: newName }).length > 0) {
		const taken = target.kind === 'operation' ? `Another operation already has the operationId '${newName}'.` : `A ${WHAT[target.kind]} named '${newName}' already exists.`;
		return { ok: false, message: taken };
	}
	const edits: Partial<Record<JsonFileKind, TextEdit[]>> = {};
	const replace = (file: JsonFileKind, node: StringToken, value: string) => {
		(edits[file] ??= []).push({ offset: node.offset, length: node.length, content: JSON.stringify(value) });
	};
	for (const declaration of declarationsOf(docs, target)) {
		replace('swagger', declaration.node, newName);
	}
	for (const reference of referencesTo(docs, target)) {
		replace(reference.file, reference.node, reference.pointer ? renamedRef(reference.node.value, reference.pointer, newName) : newName);
	}
	return { ok: true, edits };
}
