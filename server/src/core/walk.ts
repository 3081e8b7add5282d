/** Generic traversal of parsed JSON values, iterative so deep documents cannot overflow the stack. */
import type { JsonPath } from './json';
import { isObject } from './refs';

export type JsonObject = Record<string, unknown>;

/**
 * Visits every object (not array) under `value`, parents before children, in document order. Return `false` from
 * `visit` to skip an object's children.
 */
export function walkObjects(value: unknown, path: JsonPath, visit: (object: JsonObject, path: JsonPath) => boolean | void): void {
	const stack: { value: unknown; path: JsonPath }[] = [{ value, path }];
	while (stack.length > 0) {
		const { value: current, path: currentPath } = stack.pop()!;
		let entries: [string | number, unknown][];
		if (Array.isArray(current)) {
			entries = current.map((item, index) => [index, item]);
		} else if (isObject(current)) {
			if (visit(current, currentPath) === false) {
				continue;
			}
			entries = Object.entries(current);
		} else {
			continue;
		}
		for (let k = entries.length - 1; k >= 0; k--) {
			const [key, child] = entries[k];
			if (typeof child === 'object' && child !== null) {
				stack.push({ value: child, path: [...currentPath, key] });
			}
		}
	}
}
