/**
 * Gives a thread's garbage back once its heap has grown by a set amount since the last collection. V8 lets garbage
 * pile up to several times the live heap before it collects, and a thread busy with one job after another gives it
 * no idle time to do better; a full collection at a point of the caller's choosing (between checks) keeps the heap
 * near what is live. The language server's main thread and the CLI's check threads each choose their amount.
 */
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

const MB = 1024 * 1024;

export class HeapCollector {
	readonly #collect: () => void;
	readonly #growth: number;
	readonly #usedBytes: () => number;
	#liveAfterLast: number;

	/**
	 * Collects after the heap has grown `growthMb`; `collect` runs a full collection (V8's, made callable at its first
	 * use) and `usedBytes` reads the heap's size (V8's; a test passes its own, as V8's moves whenever it collects).
	 */
	constructor(growthMb: number, collect: () => void = lazily(fullCollection), usedBytes: () => number = usedHeapBytes) {
		this.#collect = collect;
		this.#growth = growthMb * MB;
		this.#usedBytes = usedBytes;
		this.#liveAfterLast = usedBytes();
	}

	/** Collects when the heap has grown enough since the last collection; returns whether it did. */
	collectIfGrown(): boolean {
		if (this.#usedBytes() - this.#liveAfterLast < this.#growth) {
			return false;
		}
		this.#collect();
		this.#liveAfterLast = this.#usedBytes();
		return true;
	}
}

function usedHeapBytes(): number {
	return getHeapStatistics().used_heap_size;
}

/**
 * `make()`'s function, made at its first call. Making the collector changes V8's flags, and V8 then rejects the code
 * cache Node starts a thread with (a worker that loads a few built-in modules: 28-36 ms, 69-78 ms after the change):
 * done at the server's start, it delayed the checker threads and the first diagnostics. By the first collection,
 * after the first check, they are running; a thread started later (the large-document thread, a restart, a CLI check
 * thread replacing one that ran out of memory) pays it.
 */
function lazily(make: () => () => void): () => void {
	let made: (() => void) | undefined;
	return () => (made ??= make())();
}

/**
 * Sets the V8 flag a collector's first collection sets (below), for a process that sets all its flags before its
 * threads start: the CLI's check (host/checkFlags.ts). V8 names a code cache by the flags it was made under, and a
 * flag set mid-run would have a thread started or saving its cache afterwards use another file. Throws what V8 throws.
 */
export function allowFullCollections(setFlags: (flags: string) => void = setFlagsFromString): void {
	setFlags('--expose-gc');
}

/**
 * V8's full collection as a function. Node offers it only behind `--expose-gc`, which neither the editor's launch of
 * the server nor the CLI's passes; set afterwards, the flag applies to contexts created later, so a new context hands
 * back the function.
 */
function fullCollection(): () => void {
	try {
		allowFullCollections();
		const gc = runInNewContext('gc') as unknown;
		return typeof gc === 'function' ? () => void gc() : () => {};
	} catch {
		return () => {}; // A runtime that refuses: V8 collects on its own schedule, as before.
	}
}
