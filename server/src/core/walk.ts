/** Generic traversal of parsed JSON values, iterative so deep documents cannot overflow the stack. */
import type { JsonPath } from './json';
import { isObject } from './refs';

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
