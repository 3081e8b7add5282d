/**
 * What a finding is about, in a few words, so that each row of the Problems panel stands alone: forty rows of one rule
 * with one message cannot be told apart, forty that end in `(parameter 'top' of ListInvoices)` can. The subject is
 * read from the JSON path alone, never from the use a rule came through, so a finding reached twice (a shared
 * definition seen from several operations) keeps one message and the engine still reports it once.
 */
import type { JsonPath } from '../../core/json';
import { toJsonPointer } from '../../core/location';
import { memo } from '../../core/memo';
import { isObject, valueAtPath } from '../../core/refs';
import { HTTP_METHODS, type SwaggerModel } from '../../core/swagger';
import { operationLabel } from './operationLabel';

const METHODS: ReadonlySet<string> = new Set(HTTP_METHODS);

/** A path segment that indexes an array: a number, or the digits of one. */
function isIndex(segment: string | number | undefined): boolean {
	return typeof segment === 'number' || (typeof segment === 'string' && /^(0|[1-9]\d*)$/.test(segment));
}

/**
 * The properties a path walks through inside a schema that starts at `path[start]`, joined by dots (`items.name`):
 * `items`, `additionalProperties` and `allOf` levels are skipped, and the walk stops at the first key that is not
 * one of those, such as the `description` a finding is reported on.
 */
function propertyChain(path: JsonPath, start: number): string {
	const names: string[] = [];
	let at = start;
	while (at < path.length) {
		const segment = path[at];
		if (segment === 'properties' && at + 1 < path.length) {
			names.push(String(path[at + 1]));
			at += 2;
		} else if (segment === 'items' || segment === 'additionalProperties') {
			// Tuple-style `items: [...]` adds an index.
			at += isIndex(path[at + 1]) ? 2 : 1;
		} else if (segment === 'allOf' && isIndex(path[at + 1])) {
			at += 2;
		} else {
			break;
		}
	}
	return names.join('.');
}

/** `base` for the schema itself, `property 'a.b' of <container>` for a property inside it. */
function schemaSubject(path: JsonPath, start: number, base: string, container: string): string {
	const chain = propertyChain(path, start);
	return chain === '' ? base : `property '${chain}' of ${container}`;
}

/** The parameter object at `path`, following a `$ref`. */
function parameterAt(swagger: SwaggerModel, path: JsonPath): Record<string, unknown> | undefined {
	const raw = valueAtPath(swagger.document.value, path);
	return isObject(raw) ? swagger.resolve(path, raw).value : undefined;
}

/**
 * How a parameter of a `parameters` list is named: `parameter 'id'`, or `header parameter 'id'` when another entry of
 * the same list has that name in another place (a query `id` and a header `id`).
 */
function listedParameter(swagger: SwaggerModel, listPath: JsonPath, index: string | number): string {
	const value = parameterAt(swagger, [...listPath, index]);
	if (typeof value?.name !== 'string') {
		return `parameter #${String(index)}`;
	}
	const namesakes = listNameCounts(swagger, listPath).get(value.name) ?? 0;
	return namesakes > 1 && typeof value.in === 'string' ? `${value.in} parameter '${value.name}'` : `parameter '${value.name}'`;
}

/** How many entries of a `parameters` list have each name, counted once per list (a list of thousands is named entry by entry). */
function listNameCounts(swagger: SwaggerModel, listPath: JsonPath): ReadonlyMap<string, number> {
	const lists = memo(swagger.document, 'subjects.listNames', () => new Map<string, Map<string, number>>());
	const key = listPath.join('\u0000');
	let counts = lists.get(key);
	if (!counts) {
		counts = new Map();
		const list = valueAtPath(swagger.document.value, listPath);
		for (let at = 0; Array.isArray(list) && at < list.length; at++) {
			const name = parameterAt(swagger, [...listPath, at])?.name;
			if (typeof name === 'string') {
				counts.set(name, (counts.get(name) ?? 0) + 1);
			}
		}
		lists.set(key, counts);
	}
	return counts;
}

/**
 * How a shared parameter is named: by its `name` (`shared parameter 'api-version'`), or by its key under
 * `#/parameters` when several shared parameters have that name (`shared parameter 'id__in_path_2'`).
 */
function sharedParameter(swagger: SwaggerModel, key: string): string {
	const name = parameterAt(swagger, ['parameters', key])?.name;
	if (typeof name !== 'string') {
		return `shared parameter '${key}'`;
	}
	const counts = memo(swagger.document, 'subjects.sharedParameterNames', () => sharedParameterNameCounts(swagger));
	return `shared parameter '${(counts.get(name) ?? 0) > 1 ? key : name}'`;
}

/** How many shared parameters (under `#/parameters`) carry each `name`. */
function sharedParameterNameCounts(swagger: SwaggerModel): Map<string, number> {
	const result = new Map<string, number>();
	const shared = valueAtPath(swagger.document.value, ['parameters']);
	for (const entry of isObject(shared) ? Object.keys(shared) : []) {
		const other = parameterAt(swagger, ['parameters', entry])?.name;
		if (typeof other === 'string') {
			result.set(other, (result.get(other) ?? 0) + 1);
		}
	}
	return result;
}

/** A parameter at `path.slice(0, at)`: named `base`; its body schema's properties belong to `container`. */
function parameterSubject(path: JsonPath, at: number, base: string, container: string): string {
	return path[at] === 'schema' ? schemaSubject(path, at + 1, base, container) : base;
}

/** A response at `path.slice(0, at)`: its headers and its schema's properties. */
function responseSubject(path: JsonPath, at: number, base: string, container: string): string {
	if (path[at] === 'headers' && at + 1 < path.length) {
		return `header '${String(path[at + 1])}' of ${container}`;
	}
	return path[at] === 'schema' ? schemaSubject(path, at + 1, base, container) : base;
}

/** Under `paths`: a path item, one of its parameters, an operation and what is inside it. */
function pathsSubject(swagger: SwaggerModel, path: JsonPath): string {
	const pathKey = String(path[1]);
	const segment = path[2];
	if (segment === 'parameters' && path.length > 3) {
		const parameter = `${listedParameter(swagger, path.slice(0, 3), path[3])} of path '${pathKey}'`;
		return parameterSubject(path, 4, parameter, parameter);
	}
	const operation = typeof segment === 'string' && METHODS.has(segment) ? valueAtPath(swagger.document.value, path.slice(0, 3)) : undefined;
	if (!isObject(operation)) {
		return `path '${pathKey}'`;
	}
	const label = operationLabel({ operationId: typeof operation.operationId === 'string' ? operation.operationId : undefined, method: segment as (typeof HTTP_METHODS)[number], pathKey });
	if (path[3] === 'parameters' && path.length > 4) {
		return parameterSubject(path, 5, `${listedParameter(swagger, path.slice(0, 4), path[4])} of ${label}`, `the body of ${label}`);
	}
	if (path[3] === 'responses' && path.length > 4) {
		const status = String(path[4]);
		return responseSubject(path, 5, `response ${status} of ${label}`, `the ${status} response of ${label}`);
	}
	return `operation ${label}`;
}

function computeSubject(swagger: SwaggerModel | undefined, path: JsonPath): string {
	const [section, key] = path;
	if (swagger && key !== undefined) {
		const name = String(key);
		if (section === 'paths') {
			return pathsSubject(swagger, path);
		}
		if (section === 'parameters') {
			const shared = sharedParameter(swagger, name);
			return parameterSubject(path, 2, shared, shared);
		}
		if (section === 'responses') {
			return responseSubject(path, 2, `shared response '${name}'`, `shared response '${name}'`);
		}
		if (section === 'definitions') {
			return schemaSubject(path, 2, `definition '${name}'`, `definition '${name}'`);
		}
		if (section === 'securityDefinitions') {
			return `security definition '${name}'`;
		}
	}
	return path.length === 0 ? 'the document root' : `at ${toJsonPointer(path)}`;
}

/**
 * What the swagger object at `path` is, in a short phrase for a message: `operation ListInvoices` (the operationId,
 * else `GET /invoices`), `parameter 'top' of ListInvoices`, `parameter 'id' of path '/items/{id}'`, `shared parameter
 * 'api-version'`, `response 200 of ListInvoices`, `header 'Location' of the 201 response of CreateInvoice`, `property
 * 'data.name' of the 200 response of ListInvoices`, `property 'lines.amount' of the body of CreateInvoice`, `property
 * 'name' of definition 'Invoice'`, `security definition 'oauth2'`; anything else by its pointer (`at /info`). Two
 * parameters of one list with one name are told apart by where they go (`header parameter 'id' of GetItem`), two
 * shared parameters with one name by their keys under `#/parameters`. Keys below the object (the `description` a
 * finding is on) are ignored where the structure is known. Without a swagger (apiProperties.json), the pointer. Never
 * throws; computed once per document and path.
 */
export function subjectOf(swagger: SwaggerModel | undefined, path: JsonPath): string {
	if (!swagger) {
		return computeSubject(undefined, path);
	}
	const cache = memo(swagger.document, 'subjects', () => new Map<string, string>());
	const key = path.join('\u0000');
	let subject = cache.get(key);
	if (subject === undefined) {
		subject = computeSubject(swagger, path);
		cache.set(key, subject);
	}
	return subject;
}

const ENDS_SENTENCE = /[.!?]$/;

/**
 * A message with its subject, in the form the Problems panel reads best: `The 'summary' property is required
 * (operation ListInvoices).` The subject goes before the final `.`, `!` or `?`; a message without one gets it at the end.
 */
export function withSubject(message: string, subject: string): string {
	const text = message.trimEnd();
	const end = ENDS_SENTENCE.test(text) ? text.slice(-1) : '';
	return `${end ? text.slice(0, -1) : text} (${subject})${end}`;
}
