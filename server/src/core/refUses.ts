/**
 * Every `$ref` in a swagger, found by an iterative walk (documents nest deeply) and classified by where it stands:
 * an entry of a `parameters` list or of `#/parameters` is a parameter reference, an operation's response or an entry
 * of `#/responses` is a response reference, a path item's own `$ref` is a path-item reference, and anything else is
 * a schema reference. Each must point into its own section of this document; nothing is ever read or fetched.
 */
import type { JsonPath } from './json';
import { parseJsonPointer } from './location';
import { classifyRef, isObject, refOf, valueAtPath } from './refs';
import { HTTP_METHODS } from './swagger';

export type RefKind = 'schema' | 'parameter' | 'response' | 'path-item';

export interface RefUse {
	readonly kind: RefKind;
	/** The path of the `$ref` value itself (ends with `'$ref'`). */
	readonly path: JsonPath;
	readonly ref: string;
	/** The object holding the `$ref`: its other keys are `additional-property-not-allowed-adjacent-to-ref`'s. */
	readonly holder: Readonly<Record<string, unknown>>;
}

export type RefDefect =
	/** A well-formed local reference into the right section, to nothing. */
	| { readonly kind: 'not-found' }
	/** `external`: another file or a URL; `malformed`: not a JSON pointer; `section`: the wrong part of the document. */
	| { readonly kind: 'not-valid'; readonly reason: 'external' | 'malformed' | 'section' };

/** Where each kind of reference must point. */
export const REF_SECTIONS: Readonly<Record<Exclude<RefKind, 'path-item'>, string>> = {
	schema: '#/definitions/',
	parameter: '#/parameters/',
	response: '#/responses/',
};

/** Values that are example data, not Swagger: a `$ref` inside them is text, not a reference. */
const DATA_KEYS = new Set(['example', 'examples', 'x-example', 'x-ms-examples', 'default', 'enum']);
/** Objects whose keys are names chosen by the author (a property may well be called `default`). */
const NAME_MAPS = new Set(['properties', 'definitions', 'parameters', 'responses', 'paths', 'securityDefinitions', 'headers', 'patternProperties']);
const METHODS: ReadonlySet<string> = new Set(HTTP_METHODS);

function classifyPosition(path: JsonPath): RefKind {
	const [first, second, third, fourth, fifth] = path;
	if (first === 'paths') {
		if (path.length === 2) {
			return 'path-item';
		}
		if (path.length === 4 && third === 'parameters' && typeof fourth === 'number') {
			return 'parameter';
		}
		if (path.length === 5 && METHODS.has(String(third)) && fourth === 'parameters' && typeof fifth === 'number') {
			return 'parameter';
		}
		if (path.length === 5 && METHODS.has(String(third)) && fourth === 'responses') {
			return 'response';
		}
	}
	if (path.length === 2 && first === 'parameters' && typeof second === 'string') {
		return 'parameter';
	}
	// x-ms-notification-content may list the parameters the notification carries, as parameters or references to
	// `#/parameters/` (Microsoft's own Azure IoT Central connector does).
	if (path.length >= 3 && path[path.length - 3] === 'x-ms-notification-content' && path[path.length - 2] === 'parameters' && typeof path[path.length - 1] === 'number') {
		return 'parameter';
	}
	if (path.length === 2 && first === 'responses' && typeof second === 'string') {
		return 'response';
	}
	return 'schema';
}

/**
 * Every string `$ref` in the document, in document order. One path is kept for the walk, a key pushed on the way down
 * and popped on the way back, and copied only for a reference: frames and key lists made per node were 1.4 MB of
 * Encodian's check. Recursive: a checked document nests at most MAX_DEPTH (core/json.ts) levels.
 */
export function collectRefUses(root: unknown): RefUse[] {
	const uses: RefUse[] = [];
	collectInto(root, undefined, undefined, [], uses);
	return uses;
}

function collectInto(value: unknown, key: string | number | undefined, parentKey: string | number | undefined, path: (string | number)[], uses: RefUse[]): void {
	if (Array.isArray(value)) {
		for (let i = 0; i < value.length; i++) {
			const item = value[i];
			// Strings and numbers hold no reference: most array items (enum and required lists) are not walked.
			if (typeof item === 'object' && item !== null) {
				path.push(i);
				collectInto(item, i, key, path, uses);
				path.pop();
			}
		}
		return;
	}
	if (!isObject(value)) {
		return;
	}
	const ref = refOf(value);
	if (ref !== undefined) {
		uses.push({ kind: classifyPosition(path), path: [...path, '$ref'], ref, holder: value });
	}
	const namesHere = NAME_MAPS.has(String(key)) && !NAME_MAPS.has(String(parentKey));
	for (const childKey in value) {
		const child = value[childKey];
		if (childKey !== '$ref' && (namesHere || !DATA_KEYS.has(childKey)) && typeof child === 'object' && child !== null) {
			path.push(childKey);
			collectInto(child, childKey, key, path, uses);
			path.pop();
		}
	}
}

function pointerOf(ref: string): string[] | undefined {
	let fragment = ref.slice(1);
	try {
		fragment = decodeURIComponent(fragment);
	} catch {
		// Not percent-encoded after all; read it as it is.
	}
	return parseJsonPointer(fragment);
}

/** What is wrong with a reference, if anything (path-item references are another rule's concern). */
export function checkRefUse(root: unknown, use: RefUse): RefDefect | undefined {
	if (use.kind === 'path-item') {
		return undefined;
	}
	const problem = classifyRef(use.ref);
	if (problem === 'remote' || problem === 'external') {
		return { kind: 'not-valid', reason: 'external' };
	}
	if (problem === 'malformed') {
		return { kind: 'not-valid', reason: 'malformed' };
	}
	const section = REF_SECTIONS[use.kind];
	if (!use.ref.startsWith(section) || use.ref.length === section.length) {
		return { kind: 'not-valid', reason: 'section' };
	}
	const pointer = pointerOf(use.ref);
	return pointer && valueAtPath(root, pointer) === undefined ? { kind: 'not-found' } : undefined;
}

/** The `$ref` message tail for a reference that is not valid, by reason. */
export function notValidReason(defect: RefDefect & { kind: 'not-valid' }, section: string, what: string): string {
	const rule = `${what} references must start with '${section}' and be valid JSON Pointers.`;
	return defect.reason === 'external' ? `It references another file or URL; only references inside this document are supported. ${rule}` : rule;
}

export interface DefinitionLoop {
	/** The definition whose `$ref` closes the loop back to itself. */
	readonly name: string;
	/** The definitions met along the loop, starting with `name` (the first `MAX_LOOP_LISTED` of a longer loop). */
	readonly cycle: readonly string[];
}

/** How many definitions of one loop a finding lists: every member of a loop is reported, so listing all of a long one would be quadratic. */
export const MAX_LOOP_LISTED = 20;

/**
 * Definitions that are only a `$ref` to another definition, chained until they come back to themselves: such a
 * schema has no content at all. (A definition that reaches itself through `properties` or `items` is a legal
 * recursive schema and is not a loop here.) Each definition is an alias of at most one other, so one walk that
 * colours what it has seen finds every loop in time linear in the number of definitions, however long the chains.
 */
export function definitionRefLoops(root: unknown): DefinitionLoop[] {
	const definitions = isObject(root) && isObject(root.definitions) ? root.definitions : undefined;
	if (!definitions) {
		return [];
	}
	const aliases = new Map<string, string | undefined>();
	const aliasOf = (name: string): string | undefined => {
		if (!aliases.has(name)) {
			const ref = Object.prototype.hasOwnProperty.call(definitions, name) ? refOf(definitions[name]) : undefined;
			const pointer = ref?.startsWith(REF_SECTIONS.schema) ? pointerOf(ref) : undefined;
			aliases.set(name, pointer?.length === 2 ? pointer[1] : undefined);
		}
		return aliases.get(name);
	};
	const names = Object.keys(definitions);
	// 'walking': on the chain being followed now; 'done': its chain has been followed to the end or into a loop.
	const state = new Map<string, 'walking' | 'done'>();
	const onLoop = new Set<string>();
	for (const start of names) {
		const chain: string[] = [];
		let at: string | undefined = start;
		while (at !== undefined && !state.has(at)) {
			state.set(at, 'walking');
			chain.push(at);
			at = aliasOf(at);
		}
		if (at !== undefined && state.get(at) === 'walking') {
			for (let i = chain.indexOf(at); i < chain.length; i++) {
				onLoop.add(chain[i]);
			}
		}
		for (const name of chain) {
			state.set(name, 'done');
		}
	}
	const loops: DefinitionLoop[] = [];
	for (const name of names) {
		if (onLoop.has(name)) {
			const cycle = [name];
			for (let next = aliasOf(name); next !== undefined && next !== name && cycle.length < MAX_LOOP_LISTED; next = aliasOf(next)) {
				cycle.push(next);
			}
			loops.push({ name, cycle });
		}
	}
	return loops;
}
