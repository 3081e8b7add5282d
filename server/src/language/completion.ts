/**
 * Completion in connector files, over the text as typed: the position is analysed with jsonc-parser's tolerant
 * `getLocation` (it works on the broken JSON of a half-typed key), the lists come from the document's parsed value
 * and the model's cached lists. Pure TypeScript: the LSP side converts offsets and item kinds.
 */
import { createScanner, getLocation, SyntaxKind } from 'jsonc-parser';
import type { JsonFileKind } from '../core/connector';
import type { JsonDocument, JsonPath } from '../core/json';
import { isObject, valueAtPath } from '../core/refs';
import { HTTP_METHODS, SwaggerModel, type OperationInfo } from '../core/swagger';
import { memo } from '../core/memo';
import type { ExtensionLevel } from '../core/extensionKeys';
import {
	API_ANNOTATION_STATUS_VALUES,
	API_CAPABILITY_VALUES,
	CATEGORY_VALUES,
	CONNECTION_PARAMETER_TYPES,
	describeExtension,
	EXISTS_ACTION_VALUES,
	extensionsAt,
	IDENTITY_PROVIDER_VALUES,
	METADATA_PROPERTY_NAMES,
	POLICY_PARAMETER_KEYS,
	POLICY_SECTION_VALUES,
	POLICY_TEMPLATE_IDS,
	REDIRECT_MODE_VALUES,
	TRIGGER_VALUES,
	AGENTIC_PROTOCOL_VALUES,
	URL_ENCODING_VALUES,
	VISIBILITY_VALUES,
	type EnumValueFact,
} from './extensionCatalog';
import { snippetCompletions } from './snippets';

export type CompletionKind = 'property' | 'value' | 'operation' | 'reference' | 'variable' | 'snippet';

export interface CompletionEntry {
	readonly label: string;
	readonly kind: CompletionKind;
	readonly detail?: string;
	/** Markdown. */
	readonly documentation?: string;
	/** Inserted in place of `range` (LSP snippet syntax when `snippet`). */
	readonly insertText: string;
	readonly snippet: boolean;
	/** What the client matches the typed text against (includes the opening quote when the range does). */
	readonly filterText: string;
	/** The text replaced, in document offsets. */
	readonly range: { readonly offset: number; readonly length: number };
}

/** What a value at a path means, for completion and hover. */
export type ValueContext =
	| { readonly kind: 'enum'; readonly key: string; readonly values: readonly EnumValueFact[]; readonly separator?: string }
	| { readonly kind: 'operationId'; readonly key: string }
	| { readonly kind: 'ref'; readonly section: RefSection };

export type RefSection = 'definitions' | 'parameters' | 'responses';

/** The two-segment children a path item and an operation both have: a `parameters` entry and the notification content's schema. */
function itemOrOperationChild(segment: string | number, next: string | number | undefined): ExtensionLevel | undefined {
	if (segment === 'parameters' && typeof next === 'number') {
		return 'parameter';
	}
	return segment === 'x-ms-notification-content' && next === 'schema' ? 'schema' : undefined;
}

/** The kind of object at `path` in a definition, or undefined where keys are data (property names, extension values). */
export function levelOfPath(path: JsonPath): ExtensionLevel | undefined {
	if (path.length === 0) {
		return 'root';
	}
	const [first, second] = path;
	let level: ExtensionLevel | undefined;
	let rest: JsonPath;
	if (first === 'info') {
		if (path.length === 1) {
			return 'info';
		}
		return path.length === 2 && second === 'contact' ? 'contact' : path.length === 2 && second === 'license' ? 'license' : undefined;
	} else if (first === 'paths') {
		if (path.length === 1) {
			return 'paths';
		}
		if (typeof second !== 'string' || /^x-/i.test(second)) {
			return undefined;
		}
		level = 'pathItem';
		rest = path.slice(2);
	} else if (first === 'parameters' && path.length >= 2) {
		level = 'parameter';
		rest = path.slice(2);
	} else if (first === 'responses' && path.length >= 2) {
		level = 'response';
		rest = path.slice(2);
	} else if (first === 'definitions' && path.length >= 2) {
		level = 'schema';
		rest = path.slice(2);
	} else if (first === 'securityDefinitions' && path.length === 2) {
		return 'securityDefinition';
	} else {
		return undefined;
	}
	// Walk down the remaining segments from the known level.
	for (let i = 0; i < rest.length && level; i++) {
		const segment = rest[i];
		const next = rest[i + 1];
		switch (level) {
			case 'pathItem':
				if ((HTTP_METHODS as readonly unknown[]).includes(segment)) {
					level = 'operation';
				} else {
					// Undefined (not a child we know) ends the walk, so skipping `next` then is harmless.
					level = itemOrOperationChild(segment, next);
					i++;
				}
				break;
			case 'operation':
				if (segment === 'responses') {
					if (next === undefined) {
						level = 'responses';
					} else {
						level = typeof next === 'string' && !/^x-/i.test(next) ? 'response' : undefined;
						i++;
					}
				} else {
					level = itemOrOperationChild(segment, next);
					i++;
				}
				break;
			case 'parameter':
				level = segment === 'schema' ? 'schema' : segment === 'items' ? 'items' : undefined;
				break;
			case 'items':
				level = segment === 'items' ? 'items' : undefined;
				break;
			case 'response':
				if (segment === 'schema') {
					level = 'schema';
				} else if (segment === 'headers' && typeof next === 'string') {
					level = 'header';
					i++;
				} else {
					level = undefined;
				}
				break;
			case 'header':
				level = segment === 'items' ? 'items' : undefined;
				break;
			case 'schema':
				if ((segment === 'properties' && typeof next === 'string') || (segment === 'allOf' && typeof next === 'number')) {
					i++;
				} else if (segment !== 'items' && segment !== 'additionalProperties') {
					level = undefined;
				}
				break;
			default:
				level = undefined;
		}
	}
	return level;
}

const DYNAMIC_KEYS = /^x-ms-dynamic-(values|list|schema|properties)$/;

function enumContext(key: string, values: readonly EnumValueFact[], separator?: string): ValueContext {
	return { kind: 'enum', key, values, separator };
}

/** What the value at `path` of a file is, when the editor knows its possible values. */
export function valueContextAt(kind: JsonFileKind, path: JsonPath, root: unknown): ValueContext | undefined {
	const n = path.length;
	const last = path[n - 1];
	const parent = path[n - 2];
	const grandparent = path[n - 3];
	if (kind === 'swagger') {
		switch (last) {
			case 'x-ms-visibility':
				return enumContext(last, VISIBILITY_VALUES);
			case 'x-ms-trigger':
				return enumContext(last, TRIGGER_VALUES);
			case 'x-ms-agentic-protocol':
				return enumContext(last, AGENTIC_PROTOCOL_VALUES);
			case 'x-ms-url-encoding':
				return enumContext(last, URL_ENCODING_VALUES);
			case 'status':
				return parent === 'x-ms-api-annotation' ? enumContext('x-ms-api-annotation', API_ANNOTATION_STATUS_VALUES) : undefined;
			case 'propertyName':
				return n === 3 && path[0] === 'x-ms-connector-metadata' ? enumContext('x-ms-connector-metadata', METADATA_PROPERTY_NAMES) : undefined;
			case 'propertyValue': {
				const name = n === 3 && path[0] === 'x-ms-connector-metadata' ? valueAtPath(root, [...path.slice(0, 2), 'propertyName']) : undefined;
				return typeof name === 'string' && name.toLowerCase() === 'categories' ? enumContext('x-ms-connector-metadata', CATEGORY_VALUES, ';') : undefined;
			}
			case 'operationId':
				if (
					(typeof parent === 'string' && DYNAMIC_KEYS.test(parent)) ||
					grandparent === 'x-ms-dynamic-tree' ||
					(grandparent === 'file-picker' && path[n - 4] === 'x-ms-capabilities') ||
					(parent === 'testConnection' && grandparent === 'x-ms-capabilities') ||
					parent === 'x-ms-notification' ||
					(parent === 'simulate' && grandparent === 'x-ms-operation-context')
				) {
					const key = grandparent === 'x-ms-dynamic-tree' || parent === 'testConnection' || parent === 'simulate' ? grandparent : grandparent === 'file-picker' ? 'x-ms-capabilities' : parent;
					return { kind: 'operationId', key: String(key) };
				}
				return undefined;
			case '$ref':
				if (path[0] === 'paths' && parent !== undefined && typeof parent === 'number' && grandparent === 'parameters' && (n === 5 || n === 6)) {
					return { kind: 'ref', section: 'parameters' };
				}
				if (path[0] === 'paths' && n === 6 && grandparent === 'responses') {
					return { kind: 'ref', section: 'responses' };
				}
				return { kind: 'ref', section: 'definitions' };
			default:
				return undefined;
		}
	}
	if (path[0] !== 'properties') {
		return undefined;
	}
	if (last === 'type' && parent !== undefined && (
		(n === 4 && path[1] === 'connectionParameters') ||
		(n === 7 && path[1] === 'connectionParameterSets' && path[4] === 'parameters')
	)) {
		return enumContext('type', CONNECTION_PARAMETER_TYPES);
	}
	if (parent === 'oAuthSettings' && last === 'identityProvider') {
		return enumContext(last, IDENTITY_PROVIDER_VALUES);
	}
	if (parent === 'oAuthSettings' && last === 'redirectMode') {
		return enumContext(last, REDIRECT_MODE_VALUES);
	}
	if (path[1] === 'policyTemplateInstances' && typeof path[2] === 'number') {
		if (n === 4 && last === 'templateId') {
			return enumContext(last, POLICY_TEMPLATE_IDS);
		}
		if (n === 5 && path[3] === 'parameters' && last === 'x-ms-apimTemplate-policySection') {
			return enumContext(last, POLICY_SECTION_VALUES);
		}
		if (n === 5 && path[3] === 'parameters' && last === 'x-ms-apimTemplateParameter.existsAction') {
			return enumContext(last, EXISTS_ACTION_VALUES);
		}
		if (n === 6 && path[3] === 'parameters' && parent === 'x-ms-apimTemplate-operationName' && typeof last === 'number') {
			return { kind: 'operationId', key: 'x-ms-apimTemplate-operationName' };
		}
	}
	if (n === 3 && path[1] === 'scriptOperations' && typeof last === 'number') {
		return { kind: 'operationId', key: 'scriptOperations' };
	}
	if (n === 3 && path[1] === 'capabilities' && typeof last === 'number') {
		return enumContext('capabilities', API_CAPABILITY_VALUES);
	}
	return undefined;
}

/** The definition's model, once per parsed document. */
export function swaggerModelOf(doc: JsonDocument): SwaggerModel {
	return memo(doc, 'language.swaggerModel', () => new SwaggerModel(doc));
}

/** `GET /path`: how an operation is named in lists. */
export function operationLabel(operation: OperationInfo): string {
	return `${operation.method.toUpperCase()} ${operation.pathKey}`;
}

/** The completion request as the pure logic sees it. */
export interface CompletionRequest {
	readonly kind: JsonFileKind;
	/** The text as typed (no byte order mark). */
	readonly text: string;
	readonly offset: number;
	/**
	 * The parse of `text`, asked for only where a list comes from the document's values (definitions to reference, an
	 * enum's context): keys are completed from a token scan, as a full parse of a large file on every keystroke would
	 * cost the editor.
	 */
	readonly doc: () => JsonDocument;
	/**
	 * The connector's definition, for operationIds listed in apiProperties.json; called only when the position needs
	 * it (the LSP side may have to read the other file).
	 */
	readonly swagger?: () => Promise<JsonDocument | undefined>;
}

const CONNECTION_PARAMETER_EXPRESSION = /@connectionParameters\(\s*'([^']*)$/;

/** The completion items at an offset (empty when nothing fits). */
export async function completionsAt(request: CompletionRequest): Promise<CompletionEntry[]> {
	const { text, offset, kind } = request;
	let location: ReturnType<typeof getLocation>;
	try {
		location = getLocation(text, offset);
	} catch (error) {
		// jsonc-parser's scanner recurses: a document nested tens of thousands deep overflows it. Nothing to offer there.
		if (error instanceof RangeError) {
			return [];
		}
		throw error;
	}
	const previous = location.previousNode;
	const inToken = previous !== undefined && offset > previous.offset && offset <= previous.offset + previous.length;

	if (location.isAtPropertyKey) {
		const objectPath = location.path.slice(0, -1);
		const range = inToken && previous.type === 'property' ? { offset: previous.offset, length: previous.length } : { offset, length: 0 };
		return keyCompletions(kind, text, objectPath, range);
	}

	const path = location.path;
	// Where an item of an array goes (`"parameters": [ | ]`): the item snippets.
	const itemSnippets = !inToken && typeof path[path.length - 1] === 'number' ? arrayItemSnippets(kind, text, path.slice(0, -1), offset) : [];
	const range = inToken && (previous.type === 'string' || previous.type === 'number' || previous.type === 'boolean' || previous.type === 'null')
		? { offset: previous.offset, length: previous.length }
		: { offset, length: 0 };
	if (kind === 'apiProperties' && inToken && previous.type === 'string') {
		const before = text.slice(previous.offset + 1, offset);
		const match = CONNECTION_PARAMETER_EXPRESSION.exec(before);
		if (match) {
			return connectionParameterCompletions(request.doc(), { offset: offset - match[1].length, length: match[1].length });
		}
	}
	const context = valueContextAt(kind, path, request.doc().value);
	// A value is only completed where one is being typed: right after the colon or inside a string.
	if (!context || (inToken && previous.type !== 'string')) {
		return itemSnippets;
	}
	const values = await valueCompletions(request, context, range);
	// Right after the colon (the ':' trigger): keep the file's `"key": value` spacing.
	const spaced = range.length === 0 && text[offset - 1] === ':' ? values.map((entry) => ({ ...entry, insertText: ` ${entry.insertText}` })) : values;
	return [...itemSnippets, ...spaced];
}

function arrayItemSnippets(kind: JsonFileKind, text: string, arrayPath: JsonPath, offset: number): CompletionEntry[] {
	const after = text.slice(offset).match(/^\s*(.)/)?.[1];
	const comma = after === '{' || after === '"' || after === '[' ? ',' : '';
	return snippetCompletions({ kind, objectPath: arrayPath, atKey: false }).map((snippet) => ({
		label: snippet.label,
		kind: 'snippet' as const,
		detail: snippet.detail,
		documentation: snippet.documentation,
		insertText: `${snippet.body}${comma}`,
		snippet: true,
		filterText: snippet.label,
		range: { offset, length: 0 },
	}));
}

async function valueCompletions(request: CompletionRequest, context: ValueContext, range: { offset: number; length: number }): Promise<CompletionEntry[]> {
	const { kind, offset } = request;
	const doc = request.doc();
	switch (context.kind) {
		case 'enum':
			return enumCompletions(doc, context, range, offset);
		case 'operationId': {
			const swaggerDoc = kind === 'swagger' ? doc : await request.swagger?.();
			return swaggerDoc ? operationIdCompletions(swaggerDoc, range, doc.text) : [];
		}
		case 'ref':
			return refCompletions(doc, context.section, range);
	}
}

function quotedFilter(text: string, range: { offset: number }, label: string): string {
	return text[range.offset] === '"' ? JSON.stringify(label) : label;
}

function keyCompletions(kind: JsonFileKind, text: string, objectPath: JsonPath, range: { offset: number; length: number }): CompletionEntry[] {
	const present = keysPresent(text, range);
	const after = text.slice(range.offset + range.length).match(/^\s*(.)/)?.[1];
	// Editing the key of an existing property: replace the key only.
	const keyOnly = after === ':';
	// Another property follows: separate the inserted one with a comma.
	const comma = !keyOnly && (after === '"' || after === '{' || after === '[') ? ',' : '';
	const entries: CompletionEntry[] = [];
	const typed = text.slice(range.offset, range.offset + range.length).replace(/^"|"$/g, '');
	const add = (key: string, valueSnippet: string, detail: string, documentation: string) => {
		if (present.has(key) && key !== typed) {
			return;
		}
		entries.push({
			label: key,
			kind: 'property',
			detail,
			documentation,
			insertText: keyOnly ? JSON.stringify(key) : `${JSON.stringify(key)}: ${valueSnippet}${comma}`,
			snippet: !keyOnly,
			filterText: quotedFilter(text, range, key),
			range,
		});
	};
	if (kind === 'swagger') {
		const level = levelOfPath(objectPath);
		if (level) {
			for (const fact of extensionsAt(level)) {
				add(fact.key, fact.valueSnippet, `${fact.valueType} · connector extension`, describeExtension(fact));
			}
		}
	} else if (objectPath.length === 4 && objectPath[0] === 'properties' && objectPath[1] === 'policyTemplateInstances' && objectPath[3] === 'parameters') {
		for (const key of POLICY_PARAMETER_KEYS) {
			add(key.key, key.valueSnippet, `${key.valueType} · policy parameter`, `**${key.key}** (${key.valueType})\n\n${key.explanation}`);
		}
	}
	if (!keyOnly) {
		for (const snippet of snippetCompletions({ kind, objectPath, atKey: true })) {
			// A snippet that writes one known key replaces the plain item for that key, and is left out like it when
			// the key is already there.
			const key = /^"((?:[^"\\]|\\.)*)":/.exec(snippet.body)?.[1];
			if (key !== undefined && !key.includes('$')) {
				if (present.has(key) && key !== typed) {
					continue;
				}
				const plain = entries.findIndex((entry) => entry.kind === 'property' && entry.label === key);
				if (plain >= 0) {
					entries.splice(plain, 1);
				}
			}
			entries.push({
				label: snippet.label,
				kind: 'snippet',
				detail: snippet.detail,
				documentation: snippet.documentation,
				insertText: `${snippet.body}${comma}`,
				snippet: true,
				filterText: quotedFilter(text, range, snippet.label),
				range,
			});
		}
	}
	return entries;
}

/**
 * The keys already in the object the cursor is in, from the tokens (no parse: completion is asked while the author
 * types, in files of a megabyte). The key being typed (`typedRange`) is not one of them. A token scan does not care
 * that the JSON is broken for the moment, as it is with a key half typed.
 */
function keysPresent(text: string, typedRange: { offset: number; length: number }): Set<string> {
	const scanner = createScanner(text, true);
	const typedEnd = typedRange.offset + typedRange.length;
	/** The open containers from the top, each with its keys so far (an array has none). */
	const open: { readonly keys?: string[] }[] = [];
	/** The container the cursor is in, known once the scan reaches the cursor. */
	let cursorIn: { readonly keys?: string[] } | undefined;
	let reached = false;
	let lastString: string | undefined;
	for (let token = scanner.scan(); token !== SyntaxKind.EOF; token = scanner.scan()) {
		const offset = scanner.getTokenOffset();
		if (!reached && offset >= typedRange.offset) {
			reached = true;
			cursorIn = open[open.length - 1];
		}
		if (offset >= typedRange.offset && offset < typedEnd) {
			continue;
		}
		if (token === SyntaxKind.ColonToken && lastString !== undefined) {
			open[open.length - 1]?.keys?.push(lastString);
		}
		lastString = token === SyntaxKind.StringLiteral ? scanner.getTokenValue() : undefined;
		if (token === SyntaxKind.OpenBraceToken) {
			open.push({ keys: [] });
		} else if (token === SyntaxKind.OpenBracketToken) {
			open.push({});
		} else if ((token === SyntaxKind.CloseBraceToken || token === SyntaxKind.CloseBracketToken) && open.pop() === cursorIn && reached) {
			break;
		}
	}
	return new Set((reached ? cursorIn : open[open.length - 1])?.keys ?? []);
}

function enumCompletions(
	doc: JsonDocument,
	context: Extract<ValueContext, { kind: 'enum' }>,
	range: { offset: number; length: number },
	offset: number,
): CompletionEntry[] {
	const text = doc.text;
	let itemRange = range;
	let quoted = true;
	if (context.separator && range.length > 0) {
		// A list in one string (`AI;Data`): complete the entry being typed, leave the others.
		const before = text.slice(range.offset + 1, offset);
		const cut = before.lastIndexOf(context.separator);
		if (cut >= 0) {
			const start = range.offset + 1 + cut + 1 + (before.slice(cut + 1).length - before.slice(cut + 1).trimStart().length);
			itemRange = { offset: start, length: offset - start };
			quoted = false;
		}
	}
	return context.values.map((fact) => ({
		label: fact.value,
		kind: 'value' as const,
		detail: context.key,
		documentation: fact.explanation,
		insertText: quoted ? JSON.stringify(fact.value) : fact.value,
		snippet: false,
		filterText: quoted ? quotedFilter(text, itemRange, fact.value) : fact.value,
		range: itemRange,
	}));
}

function operationIdCompletions(swaggerDoc: JsonDocument, range: { offset: number; length: number }, text: string): CompletionEntry[] {
	const entries: CompletionEntry[] = [];
	for (const [operationId, operations] of swaggerModelOf(swaggerDoc).operationsById()) {
		const operation = operations[0];
		const summary = typeof operation.value.summary === 'string' ? operation.value.summary : undefined;
		entries.push({
			label: operationId,
			kind: 'operation',
			detail: operationLabel(operation),
			documentation: summary,
			insertText: JSON.stringify(operationId),
			snippet: false,
			filterText: quotedFilter(text, range, operationId),
			range,
		});
	}
	return entries;
}

/** Escapes a name for a JSON pointer segment (`~` and `/`). */
function pointerSegment(name: string): string {
	return name.replace(/~/g, '~0').replace(/\//g, '~1');
}

function refCompletions(doc: JsonDocument, section: RefSection, range: { offset: number; length: number }): CompletionEntry[] {
	const root = isObject(doc.value) ? doc.value : {};
	const container = root[section];
	if (!isObject(container)) {
		return [];
	}
	return Object.entries(container).map(([name, target]) => {
		const ref = `#/${section}/${pointerSegment(name)}`;
		return {
			label: ref,
			kind: 'reference' as const,
			detail: describeTargetShort(target),
			documentation: isObject(target) && typeof target.description === 'string' ? target.description : undefined,
			insertText: JSON.stringify(ref),
			snippet: false,
			filterText: quotedFilter(doc.text, range, ref),
			range,
		};
	});
}

/** `object`, `string (query)`: a one-line description of a reference target. */
export function describeTargetShort(target: unknown): string | undefined {
	if (!isObject(target)) {
		return undefined;
	}
	const type = typeof target.type === 'string' ? target.type : isObject(target.schema) ? 'schema' : undefined;
	const where = typeof target.in === 'string' ? `in ${target.in}` : undefined;
	return [type, where].filter(Boolean).join(' ') || undefined;
}

function connectionParameterCompletions(doc: JsonDocument, range: { offset: number; length: number }): CompletionEntry[] {
	const properties = isObject(doc.value) && isObject(doc.value.properties) ? doc.value.properties : {};
	const names = new Map<string, unknown>();
	if (isObject(properties.connectionParameters)) {
		for (const [name, value] of Object.entries(properties.connectionParameters)) {
			names.set(name, value);
		}
	}
	const sets = properties.connectionParameterSets;
	if (isObject(sets) && Array.isArray(sets.values)) {
		for (const set of sets.values) {
			if (isObject(set) && isObject(set.parameters)) {
				for (const [name, value] of Object.entries(set.parameters)) {
					if (!names.has(name)) {
						names.set(name, value);
					}
				}
			}
		}
	}
	return [...names].map(([name, value]) => {
		const ui = isObject(value) && isObject(value.uiDefinition) ? value.uiDefinition : {};
		return {
			label: name,
			kind: 'variable' as const,
			detail: isObject(value) && typeof value.type === 'string' ? `connection parameter (${value.type})` : 'connection parameter',
			documentation: typeof ui.displayName === 'string' ? ui.displayName : undefined,
			insertText: name,
			snippet: false,
			filterText: name,
			range,
		};
	});
}
