/**
 * Dynamic extensions (`x-ms-dynamic-values`, `-list`, `-schema`, `-properties`, `-tree`): where each one is written,
 * which operations own it, and how the references in a dynamic call resolve against the calling (source) operation and
 * the invoked (target) operation. Shared by the dynamic-extension rules; computed once per document.
 *
 * A dynamic call's `parameters` object maps names of the target operation's inputs to one of:
 * - a literal (`"2.0"`, `true`) or `{ "value": <literal> }` (list/properties);
 * - `{ "parameter": "<name or path>" }` (values/schema): a source parameter, or a body property by its path;
 * - `{ "parameterReference": "<param>/<property path>" }` (list/properties).
 */
import { mayHaveKey, type JsonPath } from './json';
import { isObject, jsonTypeOf, refOf } from './refs';
import type { JsonObject, OperationInfo, ParameterInfo, SwaggerModel } from './swagger';
import { memo } from './memo';
import { at, pathOf, placeOf, type Place } from './place';
import { isInternal } from './strings';

export const DYNAMIC_KINDS = ['x-ms-dynamic-values', 'x-ms-dynamic-list', 'x-ms-dynamic-schema', 'x-ms-dynamic-properties', 'x-ms-dynamic-tree'] as const;
export type DynamicKind = (typeof DYNAMIC_KINDS)[number];

/** The object that carries one or more dynamic extensions. */
export interface DynamicHost {
	/** Where the object is written (a shared parameter or a definition: at its definition). */
	readonly path: JsonPath;
	readonly value: JsonObject;
	/** A non-body parameter, a body parameter object itself, or a schema (body, property, items, response, definition). */
	readonly kind: 'parameter' | 'body-parameter' | 'schema';
	/** Input (parameters, body schemas) or output (response and notification schemas). */
	readonly role: 'input' | 'output';
	/** The operations whose inputs or outputs include the object (empty for unused definitions). */
	readonly operations: readonly OperationInfo[];
}

export interface DynamicOccurrence {
	readonly kind: DynamicKind;
	/** `[...host.path, kind]`. */
	readonly path: JsonPath;
	readonly value: unknown;
	readonly host: DynamicHost;
	/** Same as `host.operations`: the source operations of the dynamic call. */
	readonly operations: readonly OperationInfo[];
}

interface MutableHost {
	path: JsonPath;
	value: JsonObject;
	kind: DynamicHost['kind'];
	role: DynamicHost['role'];
	operations: OperationInfo[];
}

/** Written out rather than looped over DYNAMIC_KINDS: it runs for every schema and parameter, and named lookups are faster. */
function hasDynamic(value: JsonObject): boolean {
	return (
		value['x-ms-dynamic-values'] !== undefined ||
		value['x-ms-dynamic-list'] !== undefined ||
		value['x-ms-dynamic-schema'] !== undefined ||
		value['x-ms-dynamic-properties'] !== undefined ||
		value['x-ms-dynamic-tree'] !== undefined
	);
}

/** Every dynamic extension in the document, once each, where it is written, in document-walk order. */
export function dynamicOccurrences(model: SwaggerModel): readonly DynamicOccurrence[] {
	return memo(model.document, 'dynamicOccurrences', () => findDynamicOccurrences(model));
}

function findDynamicOccurrences(model: SwaggerModel): DynamicOccurrence[] {
	if (!mayHaveKey(model.document, 'x-ms-dynamic-')) {
		return []; // Most connectors have none: no need to walk every schema to find that out.
	}
	// A document without any dynamic extension (most connectors) needs no per-operation walk.
	const anyDynamic = model.schemas().some((schema) => schema.value && hasDynamic(schema.value)) || [...model.uniqueParameters()].some((p) => p.value && hasDynamic(p.value));
	if (!anyDynamic) {
		return [];
	}
	const walk = new DynamicHostWalk(model);
	for (const operation of model.operations()) {
		const visited = new Set<unknown>();
		for (const parameter of operation.parameters) {
			walk.parameter(parameter, operation, visited);
		}
		const outputs = new Set<unknown>();
		for (const response of model.responses(operation)) {
			if (response.value?.schema !== undefined) {
				walk.schema(response.value.schema, [...response.definitionPath, 'schema'], 'output', operation, outputs);
			}
		}
		const notification = operation.value['x-ms-notification-content'];
		if (isObject(notification) && notification.schema !== undefined) {
			walk.schema(notification.schema, [...operation.path, 'x-ms-notification-content', 'schema'], 'output', operation, outputs);
		}
	}
	// What no operation uses still has to be well-formed.
	for (const parameter of model.uniqueParameters()) {
		walk.parameter(parameter, undefined, new Set());
	}
	const schemaList = model.schemas();
	for (let schemaIndex = 0; schemaIndex < schemaList.length; schemaIndex++) {
		const schema = schemaList[schemaIndex];
		if (schema.ref === undefined && schema.value && hasDynamic(schema.value)) {
			walk.addHost(schema.value, schema.path, 'schema', schema.path.includes('responses') ? 'output' : 'input', undefined);
		}
	}

	const result: DynamicOccurrence[] = [];
	for (const host of walk.hosts.values()) {
		for (const kind of DYNAMIC_KINDS) {
			if (host.value[kind] !== undefined) {
				result.push({ kind, path: [...host.path, kind], value: host.value[kind], host, operations: host.operations });
			}
		}
	}
	return result;
}

/**
 * The objects with dynamic extensions that each operation's inputs and outputs reach. Methods, not closures made per
 * check, for the reason core/memo.ts gives.
 */
class DynamicHostWalk {
	readonly hosts = new Map<JsonObject, MutableHost>();
	/**
	 * The dynamic-extension holders under each schema, found once per schema object: a definition used by a hundred
	 * operations is walked once, and each operation only attaches itself to what was found.
	 */
	readonly #holdersUnder = new Map<JsonObject, { value: JsonObject; path: JsonPath }[]>();

	constructor(readonly model: SwaggerModel) {}

	addHost(value: JsonObject, path: JsonPath, kind: DynamicHost['kind'], role: DynamicHost['role'], operation: OperationInfo | undefined): void {
		if (!hasDynamic(value)) {
			return;
		}
		let host = this.hosts.get(value);
		if (!host) {
			host = { path, value, kind, role, operations: [] };
			this.hosts.set(value, host);
		}
		if (operation && !host.operations.includes(operation)) {
			host.operations.push(operation);
		}
	}

	schema(raw: unknown, path: JsonPath, role: DynamicHost['role'], operation: OperationInfo | undefined, visited: Set<unknown>): void {
		const resolved = this.model.resolve(path, raw);
		if (!resolved.value || visited.has(resolved.value)) {
			return;
		}
		visited.add(resolved.value);
		for (const holder of this.#holdersOf(resolved.value, resolved.definitionPath)) {
			this.addHost(holder.value, holder.path, 'schema', role, operation);
		}
	}

	parameter(parameter: ParameterInfo, operation: OperationInfo | undefined, visited: Set<unknown>): void {
		const value = parameter.value;
		if (!value) {
			return;
		}
		if (value.in === 'body') {
			this.addHost(value, parameter.definitionPath, 'body-parameter', 'input', operation);
			if (value.schema !== undefined) {
				this.schema(value.schema, [...parameter.definitionPath, 'schema'], 'input', operation, visited);
			}
		} else {
			this.addHost(value, parameter.definitionPath, 'parameter', 'input', operation);
		}
	}

	#holdersOf(rootValue: JsonObject, rootPath: JsonPath): { value: JsonObject; path: JsonPath }[] {
		let holders = this.#holdersUnder.get(rootValue);
		if (holders) {
			return holders;
		}
		holders = [];
		const visited = new Set<unknown>();
		// The stack as two parallel arrays: this walk meets every schema an operation can reach.
		const stack: SchemaStack = { values: [rootValue], places: [placeOf(rootPath)], visited };
		while (stack.values.length > 0) {
			const value = stack.values.pop()!;
			const place = stack.places.pop();
			if (visited.has(value)) {
				continue;
			}
			visited.add(value);
			if (hasDynamic(value)) {
				holders.push({ value, path: pathOf(place) });
			}
			const allOf = value.allOf;
			if (Array.isArray(allOf)) {
				for (let index = 0; index < allOf.length; index++) {
					this.#push(stack, allOf[index], place, 'allOf', index);
				}
			}
			if (isObject(value.additionalProperties)) {
				this.#push(stack, value.additionalProperties, place, 'additionalProperties');
			}
			if (isObject(value.items)) {
				this.#push(stack, value.items, place, 'items');
			}
			const properties = value.properties;
			if (isObject(properties)) {
				const names = Object.keys(properties);
				for (let k = names.length - 1; k >= 0; k--) {
					this.#push(stack, properties[names[k]], place, 'properties', names[k]);
				}
			}
		}
		this.#holdersUnder.set(rootValue, holders);
		return holders;
	}

	/** A `$ref` moves the walk to where its target is written; the place of anything else follows its parent's. */
	#push(stack: SchemaStack, raw: unknown, place: Place | undefined, key: string, index?: string | number): void {
		if (refOf(raw) === undefined) {
			if (isObject(raw) && !stack.visited.has(raw)) {
				stack.values.push(raw);
				stack.places.push(at(place, key, index));
			}
			return;
		}
		const resolved = this.model.resolve([], raw);
		if (resolved.value && !stack.visited.has(resolved.value)) {
			stack.values.push(resolved.value);
			stack.places.push(placeOf(resolved.definitionPath));
		}
	}
}

interface SchemaStack {
	readonly values: JsonObject[];
	readonly places: (Place | undefined)[];
	readonly visited: Set<unknown>;
}

// ---------------------------------------------------------------------------------------------------------------
// Schemas: navigating a path string, types.

/** A schema's type: `type` when it is a string, else implied by `items` / `properties`. */
export function schemaType(schema: JsonObject): string | undefined {
	if (typeof schema.type === 'string') {
		return schema.type;
	}
	if (schema.items !== undefined) {
		return 'array';
	}
	if (isObject(schema.properties)) {
		return 'object';
	}
	return undefined;
}

export type Navigation =
	| {
			readonly status: 'found';
			readonly schema: JsonObject;
			/** Where the final schema is written. */
			readonly path: JsonPath;
			/** Every step (the property and each of its parents, below the start) was listed in its parent's `required`. */
			readonly required: boolean;
			/** The final schema or one of the properties on the way is `x-ms-visibility: internal`. */
			readonly internal: boolean;
	  }
	| { readonly status: 'missing'; readonly segment: string }
	/** The schema is open or dynamic (or a `$ref` is broken), so the path cannot be judged. */
	| { readonly status: 'unknown' };

const MAX_ALLOF_DEPTH = 8;

/** Resolves a schema (following `$ref`s), with the path of its content. */
function resolveSchema(model: SwaggerModel, raw: unknown, path: JsonPath): { value: JsonObject; path: JsonPath } | undefined {
	const resolved = model.resolve(path, raw);
	return resolved.value ? { value: resolved.value, path: resolved.definitionPath } : undefined;
}

/** The schema's own properties plus those of its `allOf` members, each resolved. */
function findProperty(model: SwaggerModel, schema: JsonObject, path: JsonPath, name: string, depth = 0): { raw: unknown; path: JsonPath; required: boolean } | undefined {
	if (isObject(schema.properties) && Object.prototype.hasOwnProperty.call(schema.properties, name)) {
		return { raw: schema.properties[name], path: [...path, 'properties', name], required: Array.isArray(schema.required) && schema.required.includes(name) };
	}
	if (depth < MAX_ALLOF_DEPTH && Array.isArray(schema.allOf)) {
		for (let index = 0; index < schema.allOf.length; index++) {
			const member = resolveSchema(model, schema.allOf[index], [...path, 'allOf', index]);
			const found = member && findProperty(model, member.value, member.path, name, depth + 1);
			if (found) {
				return found;
			}
		}
	}
	return undefined;
}

/** True when the schema declares what it contains, so a property it lacks is really missing. */
function isClosed(model: SwaggerModel, schema: JsonObject, path: JsonPath, depth = 0): boolean {
	if (schema['x-ms-dynamic-schema'] !== undefined || schema['x-ms-dynamic-properties'] !== undefined) {
		return false;
	}
	if (schema.additionalProperties !== undefined && schema.additionalProperties !== false) {
		return false;
	}
	const type = schemaType(schema);
	if (type !== undefined && type !== 'object') {
		return true;
	}
	if (isObject(schema.properties)) {
		return true;
	}
	if (depth < MAX_ALLOF_DEPTH && Array.isArray(schema.allOf) && schema.allOf.length > 0) {
		return schema.allOf.every((child, index) => {
			const member = resolveSchema(model, child, [...path, 'allOf', index]);
			return member !== undefined && isClosed(model, member.value, member.path, depth + 1);
		});
	}
	return false;
}

/** Splits a path string (`a/b/c`) into segments; a leading `/` (a JSON pointer, dynamic-path-string) is tolerated. */
export function pathSegments(pathString: string): string[] {
	const trimmed = pathString.startsWith('/') ? pathString.slice(1) : pathString;
	return trimmed === '' ? [] : trimmed.split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Follows `segments` through `properties` (and `allOf`; numeric segments into `items`) from a schema. */
export function navigate(model: SwaggerModel, raw: unknown, path: JsonPath, segments: readonly string[]): Navigation {
	let current = resolveSchema(model, raw, path);
	if (!current) {
		return { status: 'unknown' };
	}
	let required = true;
	let internal = isInternal(current.value);
	for (const segment of segments) {
		const schema = current.value;
		let next: { raw: unknown; path: JsonPath; required: boolean } | undefined;
		if (/^\d+$/.test(segment) && schemaType(schema) === 'array' && isObject(schema.items)) {
			next = { raw: schema.items, path: [...current.path, 'items'], required: true };
		} else {
			next = findProperty(model, schema, current.path, segment);
		}
		if (!next) {
			return isClosed(model, schema, current.path) ? { status: 'missing', segment } : { status: 'unknown' };
		}
		const resolved = resolveSchema(model, next.raw, next.path);
		if (!resolved) {
			return { status: 'unknown' };
		}
		required &&= next.required;
		internal ||= isInternal(resolved.value) || (isObject(next.raw) && isInternal(next.raw));
		current = resolved;
	}
	return { status: 'found', schema: current.value, path: current.path, required, internal };
}

// ---------------------------------------------------------------------------------------------------------------
// Operations: the successful response, parameters by name, references.

/** The schema of the operation's successful response: the lowest `2xx` status that has a schema. */
export function successSchema(model: SwaggerModel, operation: OperationInfo): { raw: unknown; path: JsonPath } | undefined {
	const candidates = model
		.responses(operation)
		.filter((response) => /^2\d\d$/.test(response.status) && response.value?.schema !== undefined)
		.sort((a, b) => Number(a.status) - Number(b.status));
	const first = candidates[0];
	return first ? { raw: first.value!.schema, path: [...first.definitionPath, 'schema'] } : undefined;
}

export function bodyParameter(operation: OperationInfo): ParameterInfo | undefined {
	return operation.parameters.find((p) => p.in === 'body' && p.value);
}

/** What a name or path in a dynamic call designates in an operation's inputs. */
export interface InputMatch {
	/** The parameter designated, or the parameter that holds the body property. */
	readonly parameter: ParameterInfo;
	/** The body property path below the parameter (empty for the parameter itself). */
	readonly propertyPath: readonly string[];
	/** Navigation to the body property (only when `propertyPath` is not empty). */
	readonly property?: Navigation;
}

/** The type, required-ness and visibility of a matched input, as far as they are known. */
export interface InputFacts {
	readonly type?: string;
	readonly required: boolean;
	readonly internal: boolean;
	readonly hasDefault: boolean;
	/** Where the input is defined (for messages and data). */
	readonly path: JsonPath;
}

export function inputFacts(match: InputMatch): InputFacts | undefined {
	const parameter = match.parameter.value!;
	const parameterRequired = parameter.required === true;
	const parameterInternal = isInternal(parameter);
	if (match.propertyPath.length === 0) {
		const type = parameter.in === 'body' ? (isObject(parameter.schema) ? schemaType(parameter.schema) : undefined) : typeof parameter.type === 'string' ? parameter.type : undefined;
		return { type, required: parameterRequired, internal: parameterInternal, hasDefault: parameter.default !== undefined, path: match.parameter.definitionPath };
	}
	const property = match.property;
	if (!property || property.status !== 'found') {
		return undefined;
	}
	return {
		type: schemaType(property.schema),
		required: parameterRequired && property.required,
		internal: parameterInternal || property.internal,
		hasDefault: property.schema.default !== undefined,
		path: property.path,
	};
}

function parameterNamed(operation: OperationInfo, name: string): ParameterInfo | undefined {
	return operation.parameters.find((p) => p.value && p.name === name);
}

/** `name` as a parameter of the operation (any location, the body parameter included). */
export function matchParameterName(operation: OperationInfo, name: string): InputMatch | undefined {
	const parameter = parameterNamed(operation, name);
	return parameter ? { parameter, propertyPath: [] } : undefined;
}

/**
 * `path` as a property path inside the operation's body: relative to the body schema (`id`, `a/b`), or starting
 * with the body parameter's name (`body/id`). Only paths that navigate to a property count.
 */
export function matchBodyProperty(model: SwaggerModel, operation: OperationInfo, path: string): InputMatch | undefined {
	const body = bodyParameter(operation);
	if (!body?.value || body.value.schema === undefined) {
		return undefined;
	}
	const schemaPath = [...body.definitionPath, 'schema'];
	const segments = pathSegments(path);
	if (segments.length === 0) {
		return undefined;
	}
	const relative = navigate(model, body.value.schema, schemaPath, segments);
	if (relative.status === 'found') {
		return { parameter: body, propertyPath: segments, property: relative };
	}
	if (segments.length > 1 && segments[0] === body.name) {
		const rest = segments.slice(1);
		const prefixed = navigate(model, body.value.schema, schemaPath, rest);
		if (prefixed.status === 'found') {
			return { parameter: body, propertyPath: rest, property: prefixed };
		}
	}
	return undefined;
}

/**
 * A `parameterReference` (list/properties): a parameter name, optionally followed by the path string of a property
 * inside it. `unknown` when the parameter exists but its schema is open, so the property cannot be judged.
 */
export function matchParameterReference(model: SwaggerModel, operation: OperationInfo, reference: string): InputMatch | 'unknown' | undefined {
	const whole = matchParameterName(operation, reference);
	if (whole) {
		return whole;
	}
	const segments = pathSegments(reference);
	if (segments.length < 2) {
		return undefined;
	}
	const parameter = parameterNamed(operation, segments[0]);
	if (!parameter?.value || parameter.value.in !== 'body' || parameter.value.schema === undefined) {
		return undefined;
	}
	const rest = segments.slice(1);
	const property = navigate(model, parameter.value.schema, [...parameter.definitionPath, 'schema'], rest);
	if (property.status === 'unknown') {
		return 'unknown';
	}
	return property.status === 'found' ? { parameter, propertyPath: rest, property } : undefined;
}

/** Is the body of the operation open (free-form or dynamic), so that any property path could exist in it? */
export function bodyIsOpen(model: SwaggerModel, operation: OperationInfo): boolean {
	const body = bodyParameter(operation);
	if (!body?.value || body.value.schema === undefined) {
		return false;
	}
	const resolved = resolveSchema(model, body.value.schema, [...body.definitionPath, 'schema']);
	return !resolved || !isClosed(model, resolved.value, resolved.path);
}

// ---------------------------------------------------------------------------------------------------------------
// Dynamic calls: the operation-invoking extensions and their `parameters` entries.

/** The extensions that invoke an operation with a `parameters` map. */
export const CALL_KINDS = ['x-ms-dynamic-values', 'x-ms-dynamic-list', 'x-ms-dynamic-schema', 'x-ms-dynamic-properties'] as const;
export type CallKind = (typeof CALL_KINDS)[number];

/** values/schema reference sources with `{parameter}`; list/properties with `{parameterReference}`. */
export function isReferenceStyle(kind: DynamicKind): boolean {
	return kind === 'x-ms-dynamic-list' || kind === 'x-ms-dynamic-properties';
}

/** The extension that disambiguates a values/schema call, and the one it disambiguates. */
export const SUCCESSOR: Partial<Record<DynamicKind, DynamicKind>> = { 'x-ms-dynamic-values': 'x-ms-dynamic-list', 'x-ms-dynamic-schema': 'x-ms-dynamic-properties' };

export type CallEntry =
	| { readonly kind: 'static'; readonly key: string; readonly path: JsonPath; readonly literal: unknown; readonly literalPath: JsonPath }
	| { readonly kind: 'reference'; readonly key: string; readonly path: JsonPath; readonly reference: string; readonly referencePath: JsonPath; readonly style: 'parameter' | 'parameterReference' }
	| { readonly kind: 'other'; readonly key: string; readonly path: JsonPath; readonly value: unknown };

/** The entries of a dynamic call's `parameters` object, classified (none when it is not an object). */
export function callEntries(occurrence: DynamicOccurrence): CallEntry[] {
	const value = occurrence.value;
	if (!isObject(value) || !isObject(value.parameters)) {
		return [];
	}
	const base = [...occurrence.path, 'parameters'];
	const referenceStyle = isReferenceStyle(occurrence.kind);
	return Object.entries(value.parameters).map(([key, entry]): CallEntry => {
		const path = [...base, key];
		if (isObject(entry)) {
			if (referenceStyle && typeof entry.parameterReference === 'string') {
				return { kind: 'reference', key, path, reference: entry.parameterReference, referencePath: [...path, 'parameterReference'], style: 'parameterReference' };
			}
			if (!referenceStyle && typeof entry.parameter === 'string') {
				return { kind: 'reference', key, path, reference: entry.parameter, referencePath: [...path, 'parameter'], style: 'parameter' };
			}
			if (referenceStyle && Object.prototype.hasOwnProperty.call(entry, 'value') && isLiteral(entry.value, true)) {
				return { kind: 'static', key, path, literal: entry.value, literalPath: [...path, 'value'] };
			}
			return { kind: 'other', key, path, value: entry };
		}
		if (!referenceStyle && isLiteral(entry, false)) {
			return { kind: 'static', key, path, literal: entry, literalPath: path };
		}
		return { kind: 'other', key, path, value: entry };
	});
}

/** MSS: values/schema literals are boolean, integer, number or string; list/properties `value`s may also be arrays and objects. */
export function isLiteral(value: unknown, structured: boolean): boolean {
	const type = jsonTypeOf(value);
	return type === 'boolean' || type === 'integer' || type === 'number' || type === 'string' || (structured && (type === 'array' || type === 'object'));
}

/** The target operation of a call, when its `operationId` names one. */
export function targetOperation(model: SwaggerModel, occurrence: DynamicOccurrence): OperationInfo | undefined {
	const value = occurrence.value;
	return isObject(value) && typeof value.operationId === 'string' ? model.operationById(value.operationId) : undefined;
}

/** Resolves a call's key (a target input) in the target operation: a parameter name, a body property path, or `param/path`. */
export function matchTargetKey(model: SwaggerModel, target: OperationInfo, key: string): InputMatch | 'unknown' | undefined {
	const byName = matchParameterName(target, key);
	if (byName) {
		return byName;
	}
	const byReference = matchParameterReference(model, target, key);
	if (byReference) {
		return byReference;
	}
	const byBody = matchBodyProperty(model, target, key);
	if (byBody) {
		return byBody;
	}
	return bodyIsOpen(model, target) ? 'unknown' : undefined;
}

/**
 * Resolves a source reference in a source operation. `{parameter}` (values/schema) may name a parameter or a body
 * property path; `{parameterReference}` names a parameter, then optionally a property path inside it.
 */
export interface SourceResolution {
	readonly asParameter?: InputMatch;
	readonly asProperty?: InputMatch;
	/** Nothing matched, but an open body might hold it. */
	readonly unknown: boolean;
}

export function resolveSource(model: SwaggerModel, source: OperationInfo, reference: string, style: 'parameter' | 'parameterReference'): SourceResolution {
	if (style === 'parameterReference') {
		const match = matchParameterReference(model, source, reference);
		if (match === 'unknown') {
			return { unknown: true };
		}
		return { asParameter: match && match.propertyPath.length === 0 ? match : undefined, asProperty: match && match.propertyPath.length > 0 ? match : undefined, unknown: false };
	}
	const asParameter = matchParameterName(source, reference);
	const asProperty = matchBodyProperty(model, source, reference);
	return { asParameter, asProperty, unknown: !asParameter && !asProperty && bodyIsOpen(model, source) };
}

/** Types a value of `provided` type can fill a `expected` input with (integers are numbers). */
export function typesCompatible(expected: string, provided: string): boolean {
	return expected === provided || (expected === 'number' && provided === 'integer');
}

/** Every operationId a document references outside `x-ms-capabilities.testConnection`, with where it is written. */
export interface OperationIdReference {
	readonly operationId: unknown;
	readonly path: JsonPath;
	readonly source: string;
}

export function operationIdReferences(model: SwaggerModel): readonly OperationIdReference[] {
	return memo(model.document, 'dynamicOperationIdReferences', () => findOperationIdReferences(model));
}

function findOperationIdReferences(model: SwaggerModel): readonly OperationIdReference[] {
	const result: OperationIdReference[] = [];
	const add = (container: unknown, path: JsonPath, source: string) => {
		if (isObject(container) && container.operationId !== undefined) {
			result.push({ operationId: container.operationId, path: [...path, 'operationId'], source });
		}
	};
	for (const occurrence of dynamicOccurrences(model)) {
		if (occurrence.kind === 'x-ms-dynamic-tree') {
			const tree = occurrence.value;
			if (isObject(tree)) {
				add(tree.open, [...occurrence.path, 'open'], occurrence.kind);
				add(tree.browse, [...occurrence.path, 'browse'], occurrence.kind);
			}
		} else {
			add(occurrence.value, occurrence.path, occurrence.kind);
		}
	}
	const capabilities = model.root['x-ms-capabilities'];
	if (isObject(capabilities) && isObject(capabilities['file-picker'])) {
		const picker = capabilities['file-picker'];
		add(picker.open, ['x-ms-capabilities', 'file-picker', 'open'], 'file-picker');
		add(picker.browse, ['x-ms-capabilities', 'file-picker', 'browse'], 'file-picker');
	}
	for (const operation of model.operations()) {
		add(operation.value['x-ms-notification'], [...operation.path, 'x-ms-notification'], 'x-ms-notification');
		const context = operation.value['x-ms-operation-context'];
		if (isObject(context)) {
			add(context.simulate, [...operation.path, 'x-ms-operation-context', 'simulate'], 'x-ms-operation-context');
		}
	}
	return result;
}

// ---------------------------------------------------------------------------------------------------------------
// What the invoked operation returns.

/** The collection path key of a list-returning call (`value-collection` / `itemsPath`), by kind. */
export const COLLECTION_KEY: Partial<Record<DynamicKind, string>> = { 'x-ms-dynamic-values': 'value-collection', 'x-ms-dynamic-list': 'itemsPath' };
/** The keys that name a property of each item (values/list) or of the response (schema/properties), by kind. */
export const ITEM_PATH_KEYS: Partial<Record<DynamicKind, readonly string[]>> = {
	'x-ms-dynamic-values': ['value-path', 'value-title'],
	'x-ms-dynamic-list': ['itemValuePath', 'itemTitlePath'],
	'x-ms-dynamic-schema': ['value-path'],
	'x-ms-dynamic-properties': ['itemValuePath'],
};

export type CollectionResult =
	| { readonly status: 'array'; readonly items: unknown; readonly itemsPath: JsonPath }
	| { readonly status: 'not-array' | 'missing'; readonly pathString: string }
	| { readonly status: 'unknown' };

/**
 * For a values/list call: where the invoked operation's successful response holds the array of items (`value-collection`
 * / `itemsPath`, or the response itself), and whether it is an array.
 */
export function collectionOf(model: SwaggerModel, occurrence: DynamicOccurrence, target: OperationInfo): CollectionResult {
	const key = COLLECTION_KEY[occurrence.kind];
	const value = occurrence.value;
	if (!key || !isObject(value)) {
		return { status: 'unknown' };
	}
	const raw = value[key];
	if (raw !== undefined && typeof raw !== 'string') {
		return { status: 'unknown' };
	}
	const pathString = raw ?? '';
	const response = successSchema(model, target);
	if (!response) {
		return { status: 'unknown' };
	}
	const found = navigate(model, response.raw, response.path, pathSegments(pathString));
	if (found.status === 'missing') {
		return { status: 'missing', pathString };
	}
	if (found.status === 'unknown') {
		return { status: 'unknown' };
	}
	if (found.schema['x-ms-dynamic-schema'] !== undefined || found.schema['x-ms-dynamic-properties'] !== undefined) {
		return { status: 'unknown' };
	}
	const type = schemaType(found.schema);
	if (type === 'array') {
		return isObject(found.schema.items) ? { status: 'array', items: found.schema.items, itemsPath: [...found.path, 'items'] } : { status: 'unknown' };
	}
	return type === undefined ? { status: 'unknown' } : { status: 'not-array', pathString };
}

/** The operation-invoking occurrences (values, list, schema, properties) whose value is an object. */
export function dynamicCalls(model: SwaggerModel): (DynamicOccurrence & { value: JsonObject })[] {
	return dynamicOccurrences(model).filter(
		(o): o is DynamicOccurrence & { value: JsonObject } => (CALL_KINDS as readonly string[]).includes(o.kind) && isObject(o.value),
	);
}

/** The source facts of a reference entry in one source operation: the input it designates, if unambiguous enough. */
export function sourceFacts(model: SwaggerModel, source: OperationInfo, entry: CallEntry & { kind: 'reference' }): InputFacts | undefined {
	const resolution = resolveSource(model, source, entry.reference, entry.style);
	const match = resolution.asParameter ?? resolution.asProperty;
	return match ? inputFacts(match) : undefined;
}

/** The target facts of an entry's key in the target operation. */
export function targetFacts(model: SwaggerModel, target: OperationInfo, key: string): InputFacts | undefined {
	const match = matchTargetKey(model, target, key);
	return match && match !== 'unknown' ? inputFacts(match) : undefined;
}


/**
 * The `{parameter}` references of a values/schema call that need the successor extension (list/properties): ones that
 * match both a parameter and a body property path of a calling operation (ambiguous), and ones that only match a body
 * property (non-parameter). Empty when the successor is present, which disambiguates them.
 */
export function referenceProblems(model: SwaggerModel, occurrence: DynamicOccurrence): { ambiguous: string[]; nonParameter: string[] } {
	const successor = SUCCESSOR[occurrence.kind];
	const result = { ambiguous: [] as string[], nonParameter: [] as string[] };
	if (!successor || occurrence.host.value[successor] !== undefined) {
		return result;
	}
	for (const entry of callEntries(occurrence)) {
		if (entry.kind !== 'reference' || entry.style !== 'parameter') {
			continue;
		}
		for (const source of occurrence.operations) {
			const resolution = resolveSource(model, source, entry.reference, 'parameter');
			if (resolution.asParameter && resolution.asProperty) {
				result.ambiguous.push(entry.reference);
				break;
			}
			if (!resolution.asParameter && resolution.asProperty) {
				result.nonParameter.push(entry.reference);
				break;
			}
		}
	}
	return result;
}

// ---------------------------------------------------------------------------------------------------------------
// Shapes (EXT tables and the repo schema MSS), for the dynamic-*-shape rules.

export interface ShapeProblem {
	readonly path: JsonPath;
	readonly target: 'key' | 'value' | 'missing';
	readonly message: string;
	readonly data: Record<string, unknown>;
}

const STRING_KEYS: Partial<Record<DynamicKind, readonly string[]>> = {
	'x-ms-dynamic-values': ['operationId', 'builtInOperation', 'capability', 'value-collection', 'value-path', 'value-title'],
	'x-ms-dynamic-list': ['operationId', 'builtInOperation', 'capability', 'itemsPath', 'itemValuePath', 'itemTitlePath'],
	'x-ms-dynamic-schema': ['operationId', 'value-path'],
	'x-ms-dynamic-properties': ['operationId', 'itemValuePath'],
};
/** MSS lists these keys only (x-ms-dynamic-schema / -properties); values and list are open. */
const ALLOWED_KEYS: Partial<Record<DynamicKind, readonly string[]>> = {
	'x-ms-dynamic-schema': ['operationId', 'parameters', 'value-path'],
	'x-ms-dynamic-properties': ['operationId', 'parameters', 'itemValuePath'],
};

const typeMessage = (expected: string, value: unknown) => `The type of the property is incorrect. Expected type '${expected}', but value is of type '${jsonTypeOf(value)}'.`;

/** Shape errors of one call extension, except a missing operationId of values/list (one-of-properties-required). */
export function shapeProblems(occurrence: DynamicOccurrence): ShapeProblem[] {
	const problems: ShapeProblem[] = [];
	const { kind, path } = occurrence;
	const value = occurrence.value;
	if (!isObject(value)) {
		problems.push({ path, target: 'value', message: typeMessage('object', value), data: { kind } });
		return problems;
	}
	if ((kind === 'x-ms-dynamic-schema' || kind === 'x-ms-dynamic-properties') && value.operationId === undefined) {
		problems.push({ path: [...path, 'operationId'], target: 'missing', message: "The 'operationId' property is required.", data: { kind } });
	}
	for (const key of ALLOWED_KEYS[kind] ? Object.keys(value) : []) {
		if (!ALLOWED_KEYS[kind]!.includes(key)) {
			problems.push({ path: [...path, key], target: 'key', message: `The property '${key}' is not allowed and must be removed.`, data: { kind, key } });
		}
	}
	for (const key of STRING_KEYS[kind] ?? []) {
		if (value[key] !== undefined && typeof value[key] !== 'string') {
			problems.push({ path: [...path, key], target: 'value', message: typeMessage('string', value[key]), data: { kind, key } });
		}
	}
	if (value.parameters === undefined) {
		return problems;
	}
	if (!isObject(value.parameters)) {
		problems.push({ path: [...path, 'parameters'], target: 'value', message: typeMessage('object', value.parameters), data: { kind } });
		return problems;
	}
	// The file-picker capability takes its own arguments (arrays and nulls included), not a target operation's.
	if (value.operationId === undefined && value.capability !== undefined) {
		return problems;
	}
	const referenceStyle = isReferenceStyle(kind);
	for (const [key, entry] of Object.entries(value.parameters)) {
		const entryPath = [...path, 'parameters', key];
		if (referenceStyle) {
			const keys = isObject(entry) ? Object.keys(entry) : [];
			const valid =
				isObject(entry) &&
				keys.length === 1 &&
				((keys[0] === 'value' && isLiteral(entry.value, true)) || (keys[0] === 'parameterReference' && typeof entry.parameterReference === 'string'));
			if (!valid) {
				problems.push({
					path: entryPath,
					target: 'value',
					message: `The parameter '${key}' of '${kind}' must be an object with either a 'value' or a 'parameterReference' property.`,
					data: { kind, key },
				});
			}
		} else if (isObject(entry) ? typeof entry.parameter !== 'string' : !isLiteral(entry, false)) {
			problems.push({
				path: entryPath,
				target: 'value',
				message: `The parameter '${key}' of '${kind}' must be a boolean, number or string value, or an object with a 'parameter' property.`,
				data: { kind, key },
			});
		}
	}
	return problems;
}
