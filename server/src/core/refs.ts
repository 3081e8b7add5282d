/**
 * `$ref` resolution inside one document. Only local references (`#/…`) are followed; a reference to another file or
 * to a URL is reported, never read or fetched: Microsoft's validator accepts only local references, and a checker
 * that opened arbitrary paths or URLs from a document would be a liability.
 */
import { isJsonPointer, parseJsonPointer } from './location';

export type RefProblem =
	/** `http:`, `https:`, `file:` or any other URL scheme. */
	| 'remote'
	/** A relative file reference such as `other.json#/definitions/A` or `../x.json`. */
	| 'external'
	/** `#` followed by something that is not a JSON pointer. */
	| 'malformed'
	/** A well-formed local pointer to nothing. */
	| 'not-found'
	/** A chain of references that leads back to itself. */
	| 'cycle';

export type RefResolution =
	| { readonly ok: true; readonly path: readonly string[]; readonly value: unknown; readonly hops: number }
	| { readonly ok: false; readonly problem: RefProblem; readonly ref: string };

const MAX_HOPS = 64;

export function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether an object has an own key other than `except`, found without making an array of its keys. */
export function hasOwnKey(object: object, except?: string): boolean {
	for (const key in object) {
		if (key !== except && Object.hasOwn(object, key)) {
			return true;
		}
	}
	return false;
}

// Module constants, not literals in the functions: a literal makes a new object each time it is evaluated, and these
// run once per reference.
const DEFINITION_REF = /^#\/definitions\/([^/]+)$/;
const URI_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** The `$ref` string of an object, if it has one. */
export function refOf(value: unknown): string | undefined {
	return isObject(value) && typeof value.$ref === 'string' ? value.$ref : undefined;
}

/** The definition name a `#/definitions/<name>` reference points to (pointer escapes decoded); undefined for any other reference. */
export function definitionKey(ref: string): string | undefined {
	const match = DEFINITION_REF.exec(ref);
	if (!match) {
		return undefined;
	}
	try {
		return decodeURIComponent(match[1]).replaceAll('~1', '/').replaceAll('~0', '~');
	} catch {
		return undefined;
	}
}

export function classifyRef(ref: string): RefProblem | undefined {
	if (URI_SCHEME.test(ref)) {
		return 'remote';
	}
	if (!ref.startsWith('#')) {
		return 'external';
	}
	return isJsonPointer(decodeUriFragment(ref.slice(1))) ? undefined : 'malformed';
}

function decodeUriFragment(fragment: string): string {
	if (!fragment.includes('%')) {
		return fragment;
	}
	try {
		return decodeURIComponent(fragment);
	} catch {
		return fragment;
	}
}

export function valueAtPath(root: unknown, path: readonly (string | number)[]): unknown {
	let value = root;
	for (let depth = 0; depth < path.length; depth++) {
		const segment = path[depth];
		if (Array.isArray(value)) {
			const index = typeof segment === 'number' ? segment : /^(0|[1-9]\d*)$/.test(segment) ? Number(segment) : NaN;
			value = value[index];
		} else if (isObject(value) && Object.prototype.hasOwnProperty.call(value, segment)) {
			value = value[segment];
		} else {
			return undefined;
		}
		if (value === undefined) {
			return undefined;
		}
	}
	return value;
}

/** Where following a reference ends, and after how many hops; `cycle` when it never ends. */
type Outcome = { readonly end: RefResolution; readonly hops: number } | 'cycle';

/** The outcome of every reference followed so far, per document value: documents are never changed once parsed. */
const outcomes = new WeakMap<object, Map<string, Outcome>>();

/**
 * Resolves a local reference, following a target that is itself only a reference, until a value that is not a
 * reference is reached. Cycle-safe: a chain that revisits a pointer (or exceeds 64 hops) is a `cycle`. Each
 * reference of a document is followed once and its outcome kept with the document, so resolving every link of a long
 * chain of aliases costs the chain's length, not its length times the hops.
 */
export function resolveRef(root: unknown, ref: string): RefResolution {
	let known = typeof root === 'object' && root !== null ? outcomes.get(root) : undefined;
	if (!known) {
		known = new Map();
		if (typeof root === 'object' && root !== null) {
			outcomes.set(root, known);
		}
	}
	const outcome = follow(root, ref, known);
	if (outcome === 'cycle' || outcome.hops > MAX_HOPS) {
		return { ok: false, problem: 'cycle', ref };
	}
	return outcome.end.ok ? { ...outcome.end, hops: outcome.hops } : outcome.end;
}

/** Follows a chain to its end, or around a loop, and records the outcome of each reference met. */
function follow(root: unknown, ref: string, known: Map<string, Outcome>): Outcome {
	const walked: string[] = [];
	const walking = new Set<string>();
	let current = ref;
	let outcome: Outcome;
	for (;;) {
		const before = known.get(current);
		if (before !== undefined) {
			outcome = before;
			break;
		}
		if (walking.has(current)) {
			outcome = 'cycle';
			break;
		}
		const problem = classifyRef(current);
		if (problem) {
			outcome = { end: { ok: false, problem, ref: current }, hops: 1 };
			known.set(current, outcome);
			break;
		}
		const path = parseJsonPointer(decodeUriFragment(current.slice(1)))!;
		const value = valueAtPath(root, path);
		const next = refOf(value);
		if (value === undefined || next === undefined) {
			outcome = { end: value === undefined ? { ok: false, problem: 'not-found', ref: current } : { ok: true, path, value, hops: 1 }, hops: 1 };
			known.set(current, outcome);
			break;
		}
		walked.push(current);
		walking.add(current);
		current = next;
	}
	// Every reference walked leads to the same end, one hop further than the next one (or into the same loop).
	for (let i = walked.length - 1; i >= 0; i--) {
		outcome = outcome === 'cycle' ? 'cycle' : { end: outcome.end, hops: outcome.hops + 1 };
		known.set(walked[i], outcome);
	}
	return outcome;
}

/** A path from pointer segments, with array indexes as numbers, as the tree and every rule use them. */
export function typedPath(root: unknown, segments: readonly string[]): (string | number)[] {
	const path: (string | number)[] = [];
	let value = root;
	for (const segment of segments) {
		if (Array.isArray(value)) {
			const index = Number(segment);
			path.push(index);
			value = value[index];
		} else {
			path.push(segment);
			value = isObject(value) ? value[segment] : undefined;
		}
	}
	return path;
}

/** A JSON value's type as schema messages name it (JSON Schema's names; whole numbers are `integer`). */
export function jsonTypeOf(value: unknown): string {
	if (value === null) {
		return 'null';
	}
	if (Array.isArray(value)) {
		return 'array';
	}
	if (typeof value === 'number') {
		return Number.isInteger(value) ? 'integer' : 'number';
	}
	return typeof value;
}

/** Whether two JSON values are equal: objects by their members in any order, arrays item by item. */
export function sameJsonValue(a: unknown, b: unknown): boolean {
	if (a === b) {
		return true;
	}
	if (Array.isArray(a) && Array.isArray(b)) {
		return a.length === b.length && a.every((item, index) => sameJsonValue(item, b[index]));
	}
	if (isObject(a) && isObject(b) && !Array.isArray(a) && !Array.isArray(b)) {
		const keys = Object.keys(a);
		return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && sameJsonValue(a[key], b[key]));
	}
	return false;
}
