/**
 * Minor or major: how Microsoft classes an update of a certified connector, which decides the review time. Microsoft's
 * "Update your certified connector" page lists what a minor update may change (the connector's description and
 * contact; an action's description and summary; a response's description and its message's descriptions;
 * apiProperties' descriptions, tooltips, iconBrandColor, publisher and stackOwner; readme content; the icon) and calls
 * every other update major. Microsoft's engineers make the final call, so this is an estimate, read literally.
 */
import type { JsonPath } from './json';
import { definitionKey, isObject, sameJsonValue } from './refs';

export type UpdateKind = 'unchanged' | 'minor' | 'major' | 'new';

export interface UpdateChange {
	readonly file: 'swagger' | 'apiProperties' | 'script';
	readonly change: 'added' | 'removed' | 'changed';
	/** Where, in the new version (in the old one for a removal); `[]` is the whole file. */
	readonly path: JsonPath;
	/** Whether Microsoft's minor-update list allows this change. */
	readonly minor: boolean;
	/** The parameter the path goes through, as `name (in)`, when it is one of an operation's. */
	readonly parameter?: string;
}

export interface UpdateClassification {
	readonly kind: UpdateKind;
	/** Microsoft's stated time to deployment for this kind of update, e.g. "4–5 weeks"; absent when not an update. */
	readonly reviewTime?: string;
	/** Every change found, the ones outside the minor-update list first. */
	readonly changes: readonly UpdateChange[];
}

/** One version of a connector, as values: parsed JSON, and script.csx's text when it was compared. */
export interface ConnectorVersion {
	readonly swagger?: unknown;
	readonly apiProperties?: unknown;
	/** script.csx's text; `null` when the version has none, undefined when it was not read. */
	readonly script?: string | null;
}

export const REVIEW_TIME: Readonly<Record<'minor' | 'major', string>> = { minor: '4–5 weeks', major: '6–10 weeks' };

const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch']);

/** Definitions reachable from responses and from nothing else: their descriptions are the response messages'. */
function responseOnlyDefinitions(swagger: unknown): Set<string> {
	const fromResponses = new Set<string>();
	const fromElsewhere = new Set<string>();
	const definitions = isObject(swagger) && isObject(swagger.definitions) ? swagger.definitions : {};
	const collect = (value: unknown, into: Set<string>): void => {
		if (Array.isArray(value)) {
			value.forEach((item) => collect(item, into));
		} else if (isObject(value)) {
			const name = typeof value.$ref === 'string' ? definitionKey(value.$ref) : undefined;
			if (name !== undefined && !into.has(name)) {
				into.add(name);
				collect(definitions[name], into);
			}
			for (const [key, child] of Object.entries(value)) {
				if (key !== '$ref') {
					collect(child, into);
				}
			}
		}
	};
	const paths = isObject(swagger) && isObject(swagger.paths) ? swagger.paths : {};
	for (const item of Object.values(paths)) {
		if (!isObject(item)) {
			continue;
		}
		for (const [key, operation] of Object.entries(item)) {
			if (!isObject(operation) || !METHODS.has(key)) {
				collect(operation, fromElsewhere); // Path-level parameters and x-ms-notification-content.
				continue;
			}
			for (const [field, value] of Object.entries(operation)) {
				collect(value, field === 'responses' ? fromResponses : fromElsewhere);
			}
		}
	}
	for (const [key, value] of Object.entries(isObject(swagger) ? swagger : {})) {
		if (key !== 'paths' && key !== 'definitions') {
			collect(value, key === 'responses' ? fromResponses : fromElsewhere); // Shared responses and parameters.
		}
	}
	return new Set([...fromResponses].filter((name) => !fromElsewhere.has(name)));
}

/**
 * Whether `path`, from a schema at `path[from]`, ends at a schema's own `description`: through `properties/<name>`,
 * `items`, `additionalProperties` and `allOf/<i>` only, so a property named "description" or an example's text is not.
 */
function isSchemaDescription(path: JsonPath, from: number): boolean {
	let at = from;
	while (at < path.length - 1) {
		const keyword = path[at];
		if (keyword === 'properties' || keyword === 'allOf' || keyword === 'anyOf' || keyword === 'oneOf') {
			at += 2;
		} else if (keyword === 'items' || keyword === 'additionalProperties') {
			at += 1;
		} else {
			return false;
		}
	}
	return at === path.length - 1 && path[at] === 'description';
}

function minorInSwagger(path: JsonPath, responseDefinitions: () => ReadonlySet<string>): boolean {
	const [top, second, method, field, code, schema] = path;
	if (top === 'info') {
		return (second === 'description' && path.length === 2) || second === 'contact';
	}
	if (top === 'paths' && typeof method === 'string' && METHODS.has(method)) {
		if ((field === 'summary' || field === 'description') && path.length === 4) {
			return true;
		}
		if (field === 'responses' && code !== undefined) {
			return (path.length === 6 && schema === 'description') || (schema === 'schema' && isSchemaDescription(path, 6));
		}
		return false;
	}
	if (top === 'responses' && typeof second === 'string') {
		// A shared response, used by operations' responses only.
		return (path.length === 3 && method === 'description') || (method === 'schema' && isSchemaDescription(path, 3));
	}
	if (top === 'definitions' && typeof second === 'string' && isSchemaDescription(path, 2)) {
		return responseDefinitions().has(second);
	}
	return false;
}

function minorInApiProperties(path: JsonPath): boolean {
	if (path[0] !== 'properties') {
		return false;
	}
	if (path.length === 2) {
		return path[1] === 'iconBrandColor' || path[1] === 'publisher' || path[1] === 'stackOwner';
	}
	const last = path[path.length - 1];
	return (last === 'description' || last === 'tooltip') && path[path.length - 2] === 'uiDefinition';
}


type Report = (change: UpdateChange['change'], path: JsonPath, parameter?: string) => void;

/** The changes from `before` to `after`: an added or removed member once at its root, a changed value at its leaf. */
function diffValues(before: unknown, after: unknown, path: (string | number)[], report: Report): void {
	if (sameJsonValue(before, after)) {
		return;
	}
	if (before === undefined || after === undefined) {
		report(before === undefined ? 'added' : 'removed', path);
		return;
	}
	const bothArrays = Array.isArray(before) && Array.isArray(after);
	const bothObjects = isObject(before) && isObject(after) && !Array.isArray(before) && !Array.isArray(after);
	if (bothArrays && path[path.length - 1] === 'parameters' && matchParameters(before, after, path, report)) {
		return;
	}
	if (bothArrays) {
		const length = Math.max(before.length, after.length);
		for (let index = 0; index < length; index++) {
			if (index >= after.length) {
				report('removed', [...path, index]);
			} else if (index >= before.length) {
				report('added', [...path, index]);
			} else {
				diffValues(before[index], after[index], [...path, index], report);
			}
		}
	} else if (bothObjects) {
		for (const key of Object.keys(before)) {
			if (!Object.hasOwn(after, key)) {
				report('removed', [...path, key]);
			}
		}
		for (const [key, value] of Object.entries(after)) {
			if (!Object.hasOwn(before, key)) {
				report('added', [...path, key]);
			} else {
				diffValues(before[key], value, [...path, key], report);
			}
		}
	} else {
		report('changed', path);
	}
}

/** A parameter's identity in its list: where and under which name it goes, or the shared parameter it refers to. */
function parameterKey(parameter: unknown): string | undefined {
	if (!isObject(parameter)) {
		return undefined;
	}
	if (typeof parameter.$ref === 'string') {
		return parameter.$ref;
	}
	return typeof parameter.name === 'string' && typeof parameter.in === 'string' ? `${parameter.name} (${parameter.in})` : undefined;
}

/**
 * Parameters are matched by name and location, not index, so one added above the others is one change. Returns false
 * when a list cannot be keyed that way (no name, a duplicate), which is then compared by index.
 */
function matchParameters(before: readonly unknown[], after: readonly unknown[], path: (string | number)[], report: Report): boolean {
	const keyed = (list: readonly unknown[]) => {
		const map = new Map<string, number>();
		for (const [index, parameter] of list.entries()) {
			const key = parameterKey(parameter);
			if (key === undefined || map.has(key)) {
				return undefined;
			}
			map.set(key, index);
		}
		return map;
	};
	const old = keyed(before);
	const now = keyed(after);
	if (!old || !now) {
		return false;
	}
	for (const [key, index] of old) {
		if (!now.has(key)) {
			report('removed', [...path, index], key);
		}
	}
	for (const [key, index] of now) {
		const was = old.get(key);
		if (was === undefined) {
			report('added', [...path, index], key);
		} else {
			diffValues(before[was], after[index], [...path, index], (change, at, parameter) => report(change, at, parameter ?? key));
		}
	}
	const order = (map: Map<string, number>, other: Map<string, number>) => [...map.keys()].filter((key) => other.has(key)).join('\n');
	if (order(old, now) !== order(now, old)) {
		report('changed', [...path]); // The same parameters in another order: the designer shows them in that order.
	}
	return true;
}

/**
 * Classifies the update from `before` to `after`. A version without a swagger before is a new connector, not an
 * update. Formatting and key order are not changes: values are compared.
 */
export function classifyUpdate(before: ConnectorVersion, after: ConnectorVersion): UpdateClassification {
	if (before.swagger === undefined) {
		return { kind: 'new', changes: [] };
	}
	const changes: UpdateChange[] = [];
	// Walks both definitions' uses, so only when a definition's description changed.
	let shared: Set<string> | undefined;
	const responseDefinitions = () => (shared ??= new Set([...responseOnlyDefinitions(before.swagger)].filter((name) => responseOnlyDefinitions(after.swagger).has(name))));
	diffValues(before.swagger, after.swagger, [], (change, path, parameter) => changes.push({ file: 'swagger', change, path, minor: minorInSwagger(path, responseDefinitions), ...(parameter !== undefined ? { parameter } : {}) }));
	if (before.apiProperties !== undefined || after.apiProperties !== undefined) {
		diffValues(before.apiProperties, after.apiProperties, [], (change, path) => changes.push({ file: 'apiProperties', change, path, minor: minorInApiProperties(path) }));
	}
	const script = (text: string | null | undefined) => (typeof text === 'string' ? text.replace(/^\uFEFF/, '') : text);
	if (before.script !== undefined && after.script !== undefined && script(before.script) !== script(after.script)) {
		// Custom code is not on the minor-update list.
		changes.push({ file: 'script', change: before.script === null ? 'added' : after.script === null ? 'removed' : 'changed', path: [], minor: false });
	}
	if (changes.length === 0) {
		return { kind: 'unchanged', changes };
	}
	const kind = changes.every((change) => change.minor) ? 'minor' : 'major';
	return { kind, reviewTime: REVIEW_TIME[kind], changes: [...changes.filter((change) => !change.minor), ...changes.filter((change) => change.minor)] };
}


/** A change in words: "added operation POST /items", "changed parameters/0/type of GET /items", "changed info/version". */
export function describeUpdateChange(change: UpdateChange): string {
	const { path } = change;
	if (change.file === 'script') {
		return `${change.change} script.csx`;
	}
	const file = change.file === 'apiProperties' ? 'apiProperties.json' : 'the swagger';
	if (path.length === 0) {
		return `${change.change} ${file}`;
	}
	if (change.file === 'swagger' && path[0] === 'paths' && path.length >= 2) {
		const [, pathKey, method, ...rest] = path;
		if (typeof method !== 'string' || !METHODS.has(method)) {
			return path.length === 2 ? `${change.change} path ${String(pathKey)}` : `${change.change} ${path.slice(2).join('/')} of path ${String(pathKey)}`;
		}
		const operation = `${method.toUpperCase()} ${String(pathKey)}`;
		if (rest.length === 0) {
			return `${change.change} operation ${operation}`;
		}
		if (change.parameter !== undefined && rest[0] === 'parameters' && typeof rest[1] === 'number') {
			const parameter = `parameter ${change.parameter}`;
			return rest.length === 2 ? `${change.change} ${parameter} of ${operation}` : `${change.change} ${rest.slice(2).join('/')} of ${parameter} of ${operation}`;
		}
		return `${change.change} ${rest.join('/')} of ${operation}`;
	}
	return `${change.change} ${path.join('/')}${change.file === 'apiProperties' ? ` in ${file}` : ''}`;
}
