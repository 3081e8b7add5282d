/**
 * Typed, read-only views over `apiDefinition.swagger.json`: operations (with path-level and operation-level parameters
 * merged), parameters, responses, schemas and security definitions. Every item carries the JSON path where it is
 * used and, when it came through a `$ref`, the path of the definition that holds its content, so a rule can report
 * on the place that needs the edit.
 */
import type { JsonDocument, JsonPath } from './json';
import { at, pathOf, placeOf, type Place } from './place';
import { isObject, refOf, resolveRef, type RefProblem, type RefResolution } from './refs';

export type JsonObject = Record<string, unknown>;

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** Something that may have been reached through a `$ref`. */
export interface Reffable {
	/** Where the item appears (the `$ref` object itself when it is a reference). */
	readonly path: JsonPath;
	/** Where the item's content is: equal to `path` unless it was reached through a `$ref`. */
	readonly definitionPath: JsonPath;
	/** The `$ref` string, when the item is a reference. */
	readonly ref?: string;
	/** Why the reference could not be followed. When set, `value` is undefined. */
	readonly refProblem?: RefProblem;
	/** The item's content (after following a `$ref`), or undefined when it is not an object or cannot be resolved. */
	readonly value: JsonObject | undefined;
}

export interface ParameterInfo extends Reffable {
	/** Declared on the path item (shared by its operations) or on the operation. */
	readonly level: 'path' | 'operation';
	readonly name?: string;
	readonly in?: string;
}

export interface ResponseInfo extends Reffable {
	/** The response key: a status code such as `200`, or `default`. */
	readonly status: string;
}

export interface OperationInfo {
	readonly pathKey: string;
	readonly method: HttpMethod;
	/** `['paths', pathKey, method]`. */
	readonly path: JsonPath;
	readonly value: JsonObject;
	readonly operationId?: string;
	/** Effective parameters: the path item's, overridden by the operation's with the same `name` and `in`. */
	readonly parameters: readonly ParameterInfo[];
}

export interface PathItemInfo {
	readonly pathKey: string;
	/** `['paths', pathKey]`. */
	readonly path: JsonPath;
	readonly value: JsonObject;
}

export interface SchemaInfo extends Reffable {
	/** What the schema describes, for messages and for rules that only care about some kinds. */
	readonly role: 'definition' | 'body' | 'response' | 'property' | 'items' | 'additionalProperties' | 'allOf';
	/** The property's name, for a schema whose role is `property`. */
	readonly name?: string;
}

/**
 * A schema written in place (not a `$ref`), met by `schemas()`. Its path is made from its place when first asked
 * for: rules read the paths of the few schemas they report on, and Encodian has 3,931 schemas, each path a copy of
 * its parent's plus two segments, alive through the whole check.
 */
class SchemaEntry implements SchemaInfo {
	readonly value: JsonObject;
	readonly role: SchemaInfo['role'];
	readonly name: string | undefined;
	readonly #place: Place | undefined;
	#path: JsonPath | undefined;

	constructor(place: Place | undefined, value: JsonObject, role: SchemaInfo['role'], name: string | undefined) {
		this.#place = place;
		this.value = value;
		this.role = role;
		this.name = name;
	}

	get path(): JsonPath {
		return (this.#path ??= pathOf(this.#place));
	}

	get definitionPath(): JsonPath {
		return this.path;
	}
}

export interface NamedObject {
	readonly name: string;
	readonly path: JsonPath;
	readonly value: JsonObject | undefined;
}

function resolveItem(root: unknown, path: JsonPath, raw: unknown, cache?: Map<string, RefResolution>): Reffable {
	const ref = refOf(raw);
	if (ref === undefined) {
		return { path, definitionPath: path, value: isObject(raw) ? raw : undefined };
	}
	const resolution = resolutionOf(root, ref, cache);
	if (!resolution.ok) {
		return { path, definitionPath: path, ref, refProblem: resolution.problem, value: undefined };
	}
	return { path, definitionPath: resolution.path, ref, value: isObject(resolution.value) ? resolution.value : undefined };
}

function resolutionOf(root: unknown, ref: string, cache: Map<string, RefResolution> | undefined): RefResolution {
	// The same few hundred `#/definitions/X` strings recur thousands of times in large files: resolve each once.
	let resolution = cache?.get(ref);
	if (!resolution) {
		resolution = resolveRef(root, ref);
		cache?.set(ref, resolution);
	}
	return resolution;
}

/** A parsed connector file that should hold an object: the base of the swagger and apiProperties models. */
export abstract class JsonObjectModel {
	readonly #doc: JsonDocument;

	constructor(doc: JsonDocument) {
		this.#doc = doc;
	}

	get document(): JsonDocument {
		return this.#doc;
	}

	/** The root object, or an empty object when the root is not an object (the structure rules report that). */
	get root(): JsonObject {
		return isObject(this.#doc.value) ? this.#doc.value : {};
	}
}

export class SwaggerModel extends JsonObjectModel {
	#pathItems: PathItemInfo[] | undefined;
	#operations: OperationInfo[] | undefined;
	#operationsById: Map<string, OperationInfo[]> | undefined;
	#schemas: SchemaInfo[] | undefined;
	#uniqueParameters: ParameterInfo[] | undefined;
	#inputSchemas: Set<JsonObject> | undefined;
	#responseSchemas: Set<JsonObject> | undefined;
	readonly #responses = new Map<OperationInfo, ResponseInfo[]>();
	readonly #resolutions = new Map<string, RefResolution>();

	/** Resolves an item that may be a `$ref`, relative to this document. */
	resolve(path: JsonPath, raw: unknown): Reffable {
		return resolveItem(this.document.value, path, raw, this.#resolutions);
	}

	/** The object an item stands for (itself, or what its `$ref` points to), as `resolve(…).value`, without the item. */
	resolveValue(raw: unknown): JsonObject | undefined {
		const ref = refOf(raw);
		if (ref === undefined) {
			return isObject(raw) ? raw : undefined;
		}
		const resolution = resolutionOf(this.document.value, ref, this.#resolutions);
		return resolution.ok && isObject(resolution.value) ? resolution.value : undefined;
	}

	/** Path items: each entry of `paths` whose value is an object (listed once per model: ten rules walk them). */
	pathItems(): readonly PathItemInfo[] {
		if (!this.#pathItems) {
			this.#pathItems = [];
			const paths = this.root.paths;
			if (isObject(paths)) {
				for (const pathKey in paths) {
					const value = paths[pathKey];
					if (isObject(value)) {
						this.#pathItems.push({ pathKey, path: ['paths', pathKey], value });
					}
				}
			}
		}
		return this.#pathItems;
	}

	operations(): readonly OperationInfo[] {
		if (!this.#operations) {
			this.#operations = [];
			for (const item of this.pathItems()) {
				const shared = this.#parameterList(item.value.parameters, [...item.path, 'parameters'], 'path');
				for (const method of HTTP_METHODS) {
					const value = item.value[method];
					if (!isObject(value)) {
						continue;
					}
					const path = [...item.path, method];
					const own = this.#parameterList(value.parameters, [...path, 'parameters'], 'operation');
					// Most path items share no parameters: their operations' own list is the whole list.
					const parameters = shared.length === 0 ? own : withOverrides(shared, own);
					this.#operations.push({
						pathKey: item.pathKey,
						method,
						path,
						value,
						operationId: typeof value.operationId === 'string' ? value.operationId : undefined,
						parameters,
					});
				}
			}
		}
		return this.#operations;
	}

	/** Operations by `operationId` (a list, since duplicates exist in broken files). */
	operationsById(): ReadonlyMap<string, readonly OperationInfo[]> {
		if (!this.#operationsById) {
			this.#operationsById = new Map();
			for (const operation of this.operations()) {
				if (operation.operationId !== undefined) {
					const list = this.#operationsById.get(operation.operationId) ?? [];
					list.push(operation);
					this.#operationsById.set(operation.operationId, list);
				}
			}
		}
		return this.#operationsById;
	}

	/** The first operation with this `operationId`, if any. */
	operationById(operationId: string): OperationInfo | undefined {
		return this.operationsById().get(operationId)?.[0];
	}

	/** The MIME types an operation accepts: its own `consumes` when present, else the root's. */
	consumes(operation: OperationInfo): readonly string[] {
		return mimeList(operation.value.consumes ?? this.root.consumes);
	}

	/** The MIME types an operation returns: its own `produces` when present, else the root's. */
	produces(operation: OperationInfo): readonly string[] {
		return mimeList(operation.value.produces ?? this.root.produces);
	}

	#parameterList(raw: unknown, path: JsonPath, level: 'path' | 'operation'): ParameterInfo[] {
		if (!Array.isArray(raw)) {
			return [];
		}
		return raw.map((entry, index) => {
			const item = this.resolve([...path, index], entry);
			const name = typeof item.value?.name === 'string' ? item.value.name : undefined;
			const location = typeof item.value?.in === 'string' ? item.value.in : undefined;
			return Object.assign(item, { level, name, in: location }); // see responses()
		});
	}

	/**
	 * Every parameter once per place its content lives: a shared parameter (`#/parameters/x`) used by fifty operations
	 * is listed once, at its definition, with the first place it is used. Computed once per model.
	 */
	uniqueParameters(): readonly ParameterInfo[] {
		if (this.#uniqueParameters) {
			return this.#uniqueParameters;
		}
		const result: ParameterInfo[] = [];
		const seen = new Set<string>();
		for (const operation of this.operations()) {
			for (const parameter of operation.parameters) {
				const key = parameter.definitionPath.join('\u0000');
				if (!seen.has(key)) {
					seen.add(key);
					result.push(parameter);
				}
			}
		}
		// Shared parameters that no operation uses still need to be correct.
		const shared = this.root.parameters;
		if (isObject(shared)) {
			for (const [name, raw] of Object.entries(shared)) {
				const path: JsonPath = ['parameters', name];
				if (!seen.has(path.join('\u0000'))) {
					seen.add(path.join('\u0000'));
					const item = this.resolve(path, raw);
					result.push(Object.assign(item, { level: 'operation' as const, name: typeof item.value?.name === 'string' ? item.value.name : undefined, in: typeof item.value?.in === 'string' ? item.value.in : undefined }));
				}
			}
		}
		this.#uniqueParameters = result;
		return result;
	}

	/** The responses of an operation, each resolved (computed once per operation). */
	responses(operation: OperationInfo): readonly ResponseInfo[] {
		let list = this.#responses.get(operation);
		if (!list) {
			const responses = operation.value.responses;
			list = [];
			if (isObject(responses)) {
				for (const status in responses) {
					if (!status.startsWith('x-')) {
						// resolve makes a new object, so it can take the status: spreading it into another (`{ ...item, status }`)
						// took V8 four times as long, 0.3 ms of Encodian's 641 responses.
						list.push(Object.assign(this.resolve([...operation.path, 'responses', status], responses[status]), { status }));
					}
				}
			}
			this.#responses.set(operation, list);
		}
		return list;
	}

	securityDefinitions(): NamedObject[] {
		return namedObjects(this.root.securityDefinitions, ['securityDefinitions']);
	}

	definitions(): NamedObject[] {
		return namedObjects(this.root.definitions, ['definitions']);
	}

	/**
	 * The schema objects reachable from `roots` (schemas or `$ref`s to them) through local `$ref`s, `properties`,
	 * `items`, `additionalProperties` and `allOf`: what a request body or a response can contain. Cycle-safe.
	 */
	reachableSchemas(roots: Iterable<unknown>): Set<JsonObject> {
		const seen = new Set<JsonObject>();
		const pending = [...roots];
		while (pending.length > 0) {
			const value = this.resolveValue(pending.pop());
			if (!value || seen.has(value)) {
				continue;
			}
			seen.add(value);
			if (isObject(value.properties)) {
				pending.push(...Object.values(value.properties));
			}
			pending.push(value.items, value.additionalProperties);
			if (Array.isArray(value.allOf)) {
				pending.push(...value.allOf);
			}
		}
		return seen;
	}

	/** The schemas a request body can contain: reachable from body parameters' `schema` (computed once). */
	inputSchemaObjects(): ReadonlySet<JsonObject> {
		this.#inputSchemas ??= this.reachableSchemas(this.uniqueParameters().flatMap((parameter) => (parameter.value?.in === 'body' ? [parameter.value.schema] : [])));
		return this.#inputSchemas;
	}

	/** The schemas a response can contain: reachable from the operations' response `schema`s (computed once). */
	responseSchemaObjects(): ReadonlySet<JsonObject> {
		this.#responseSchemas ??= this.reachableSchemas(this.operations().flatMap((operation) => this.responses(operation).map((response) => response.value?.schema)));
		return this.#responseSchemas;
	}

	/**
	 * Every schema object reachable from definitions, body parameters and responses, walking `properties`, `items`,
	 * `additionalProperties` and `allOf`. Each schema content is visited once (a `$ref` is yielded as a use but its
	 * target is walked only where it is defined), so recursive definitions terminate. Computed once per model.
	 */
	schemas(): readonly SchemaInfo[] {
		if (this.#schemas) {
			return this.#schemas;
		}
		const result: SchemaInfo[] = [];
		// Parsed values are distinct objects, so identity marks a schema as walked; no path strings needed.
		const visited = new Set<unknown>();
		for (const definition of this.definitions()) {
			this.#schemasBelow(placeOf(definition.path), valueOr(this.root.definitions, definition.name), 'definition', undefined, visited, result);
		}
		for (const parameter of this.uniqueParameters()) {
			if (parameter.value?.in === 'body' && parameter.value.schema !== undefined) {
				this.#schemasBelow(at(placeOf(parameter.definitionPath), 'schema'), parameter.value.schema, 'body', undefined, visited, result);
			}
		}
		for (const operation of this.operations()) {
			for (const response of this.responses(operation)) {
				if (response.value?.schema !== undefined) {
					this.#schemasBelow(at(placeOf(response.definitionPath), 'schema'), response.value.schema, 'response', undefined, visited, result);
				}
			}
		}
		this.#schemas = result;
		return result;
	}

	/**
	 * A schema and those written in it, in document order: properties, items, additionalProperties, allOf. Recursive (a
	 * checked document nests at most MAX_DEPTH levels): a stack entry per pending schema was a fifth of what this
	 * walk allocated.
	 */
	#schemasBelow(place: Place | undefined, raw: unknown, role: SchemaInfo['role'], name: string | undefined, visited: Set<unknown>, result: SchemaInfo[]): void {
		if (!isObject(raw) || visited.has(raw)) {
			return;
		}
		visited.add(raw);
		if (refOf(raw) !== undefined) {
			// resolve makes a new object: no copy needed
			result.push(Object.assign(this.resolve(pathOf(place), raw), name === undefined ? { role } : { role, name }));
			return;
		}
		result.push(new SchemaEntry(place, raw, role, name));
		const properties = raw.properties;
		if (isObject(properties)) {
			const propertiesPlace = at(place, 'properties');
			for (const property in properties) {
				this.#schemasBelow(at(propertiesPlace, property), properties[property], 'property', property, visited, result);
			}
		}
		if (isObject(raw.items)) {
			this.#schemasBelow(at(place, 'items'), raw.items, 'items', undefined, visited, result);
		}
		if (isObject(raw.additionalProperties)) {
			this.#schemasBelow(at(place, 'additionalProperties'), raw.additionalProperties, 'additionalProperties', undefined, visited, result);
		}
		if (Array.isArray(raw.allOf)) {
			for (let index = 0; index < raw.allOf.length; index++) {
				this.#schemasBelow(at(place, 'allOf', index), raw.allOf[index], 'allOf', undefined, visited, result);
			}
		}
	}
}

/** A path item's shared parameters that the operation does not override (same `in` and `name`), then its own. */
function withOverrides(shared: readonly ParameterInfo[], own: readonly ParameterInfo[]): ParameterInfo[] {
	const overridden = new Set(own.map((p) => `${p.in}\u0000${p.name}`));
	return [...shared.filter((p) => p.name === undefined || !overridden.has(`${p.in}\u0000${p.name}`)), ...own];
}

/** The media type of a MIME string, lower-cased, without parameters (`Application/JSON; charset=utf-8` → `application/json`): how `consumes`/`produces` entries compare. */
export function mimeEssence(mime: string): string {
	return mime.split(';')[0].trim().toLowerCase();
}

function mimeList(raw: unknown): string[] {
	return Array.isArray(raw) ? raw.filter((item): item is string => typeof item === 'string') : [];
}

function valueOr(container: unknown, key: string): unknown {
	return isObject(container) ? container[key] : undefined;
}

function namedObjects(container: unknown, path: JsonPath): NamedObject[] {
	if (!isObject(container)) {
		return [];
	}
	const named: NamedObject[] = [];
	for (const name in container) {
		if (Object.hasOwn(container, name)) {
			const value = container[name];
			named.push({ name, path: [...path, name], value: isObject(value) ? value : undefined });
		}
	}
	return named;
}
