/** Generic traversal of parsed JSON values, iterative so deep documents cannot overflow the stack. */
import { jsonIndexOf, mayHaveKey, type JsonDocument, type JsonPath } from './json';
import type { JsonIndex } from './jsonIndex';
import { isObject, valueAtPath } from './refs';

export type JsonObject = Record<string, unknown>;

/** A node met in a walk: its value, the key it sits under, and the frame of its container. */
export interface WalkFrame {
	readonly value: unknown;
	readonly key: string | number | undefined;
	readonly parent: WalkFrame | undefined;
}

/**
 * Visits every object (not array) under `value`, parents before children, in document order. `visit` gets the
 * object, the key it sits under, and a function that builds its full path: paths are only built for the few objects
 * a rule reports on, which keeps a walk over a megabyte file from allocating a path per node. Return `false` from
 * `visit` to skip an object's children.
 */
export function walkObjects(
	value: unknown,
	basePath: JsonPath,
	visit: (object: JsonObject, key: string | number | undefined, pathOf: () => JsonPath) => boolean | void,
): void {
	const stack: WalkFrame[] = [{ value, key: undefined, parent: undefined }];
	while (stack.length > 0) {
		const frame = stack.pop()!;
		const current = frame.value;
		if (Array.isArray(current)) {
			for (let k = current.length - 1; k >= 0; k--) {
				const child = current[k];
				if (typeof child === 'object' && child !== null) {
					stack.push({ value: child, key: k, parent: frame });
				}
			}
		} else if (isObject(current)) {
			if (visit(current, frame.key, () => pathOfFrame(frame, basePath)) === false) {
				continue;
			}
			const keys = Object.keys(current);
			for (let k = keys.length - 1; k >= 0; k--) {
				const child = current[keys[k]];
				if (typeof child === 'object' && child !== null) {
					stack.push({ value: child, key: keys[k], parent: frame });
				}
			}
		}
	}
}

/** The path of a walk frame, built on demand from its chain of keys. */
export function pathOfFrame(frame: WalkFrame, basePath: JsonPath = []): (string | number)[] {
	const keys: (string | number)[] = [];
	for (let at: WalkFrame | undefined = frame; at && at.key !== undefined; at = at.parent) {
		keys.push(at.key);
	}
	return [...basePath, ...keys.reverse()];
}

/** An object holding a member of a given name, met by `holdersOfKey`. */
export interface KeyHolder {
	/** The member's value. */
	readonly value: unknown;
	/** The path of the object, built when asked for: a rule usually reports on few of them. */
	readonly path: JsonPath;
}

/**
 * The objects anywhere in a document that have a member named `key`, in document order. A document parsed as strict
 * JSON answers from its index without visiting its values (for a rule about one key, most of a megabyte holds nothing
 * to look at); any other document is walked, unless its text cannot hold the key.
 */
export function holdersOfKey(doc: JsonDocument, key: string): KeyHolder[] {
	const index = jsonIndexOf(doc);
	if (index) {
		// A loop, not Array.from: that goes through the typed array's iterator, a result object per member.
		const members = index.membersNamed(key);
		const holders: KeyHolder[] = new Array(members.length);
		for (let at = 0; at < members.length; at++) {
			holders[at] = new IndexedHolder(doc, index, members[at], key);
		}
		return holders;
	}
	const holders: KeyHolder[] = [];
	// Letters can be spelled otherwise only with a `\u` escape (mayHaveKey looks for one); a quote, a backslash, a
	// slash or a control character has short escapes too.
	if (/["\\/\u0000-\u001f]/.test(key) || mayHaveKey(doc, key)) {
		walkObjects(doc.value, [], (object, _key, pathOf) => {
			if (Object.prototype.hasOwnProperty.call(object, key)) {
				holders.push(new WalkedHolder(object[key], pathOf));
			}
		});
	}
	return holders;
}

class WalkedHolder implements KeyHolder {
	readonly value: unknown;
	readonly #pathOf: () => JsonPath;
	#path: JsonPath | undefined;

	constructor(value: unknown, pathOf: () => JsonPath) {
		this.value = value;
		this.#pathOf = pathOf;
	}

	get path(): JsonPath {
		return (this.#path ??= this.#pathOf());
	}
}

class IndexedHolder implements KeyHolder {
	readonly #doc: JsonDocument;
	readonly #index: JsonIndex;
	readonly #member: number;
	readonly #key: string;
	#path: JsonPath | undefined;

	constructor(doc: JsonDocument, index: JsonIndex, member: number, key: string) {
		this.#doc = doc;
		this.#index = index;
		this.#member = member;
		this.#key = key;
	}

	get value(): unknown {
		// A string, number, boolean or null is read from its token; an object or array from the document's value.
		return this.#index.isScalar(this.#member) ? this.#index.scalarValue(this.#member) : valueAtPath(this.#doc.value, [...this.path, this.#key]);
	}

	get path(): JsonPath {
		return (this.#path ??= this.#index.pathTo(this.#index.parentOf(this.#member)));
	}
}
