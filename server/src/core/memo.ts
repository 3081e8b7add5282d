const memos = new WeakMap<object, Map<string, unknown>>();

// The owner asked about last, and its results: a check asks about one document thousands of times in a row, and a
// WeakMap lookup each time was 2% of Encodian's check. It holds that one owner until another is asked about.
let lastOwner: object | undefined;
let lastMap: Map<string, unknown> | undefined;

/** Computes something about a parsed document once (schema validation results, indexes) and keeps it with it. */
export function memo<T>(owner: object, key: string, compute: () => T): T {
	let map = owner === lastOwner ? lastMap : memos.get(owner);
	if (!map) {
		map = new Map();
		memos.set(owner, map);
	}
	lastOwner = owner;
	lastMap = map;
	// One lookup on the common path: rules ask for the same few results hundreds of times per check.
	let value = map.get(key) as T | undefined;
	if (value === undefined && !map.has(key)) {
		value = compute();
		map.set(key, value);
	}
	return value as T;
}
