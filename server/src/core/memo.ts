const memos = new WeakMap<object, Map<string, unknown>>();

/** Computes something about a parsed document once (schema validation results, indexes) and keeps it with it. */
export function memo<T>(owner: object, key: string, compute: () => T): T {
	let map = memos.get(owner);
	if (!map) {
		map = new Map();
		memos.set(owner, map);
	}
	if (!map.has(key)) {
		map.set(key, compute());
	}
	return map.get(key) as T;
}
