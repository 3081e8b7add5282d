const memos = new WeakMap<object, Map<string, unknown>>();

// The owner asked about last, and its results: a check asks about one document thousands of times in a row, and a
// WeakMap lookup each time was 2% of Encodian's check. It holds that one owner until another is asked about.
let lastOwner: object | undefined;
let lastMap: Map<string, unknown> | undefined;

/**
 * Computes something about a parsed document once (schema validation results, indexes) and keeps it with it.
 *
 * Keep the work out of `compute` itself and out of closures made per check: `() => findX(model)` with `findX` (and
 * whatever it calls for every node) a module function or a method. V8 holds a closure's optimized code weakly, so the
 * code of a closure made once per check is dropped by the next full collection, and the next check runs it
 * unoptimized while the compiler, on the second of two cores and busy, makes it again. On Encodian, with a full
 * collection every few checks, per-check closures were recompiled up to a dozen times in 60 checks.
 */
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
