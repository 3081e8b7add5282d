/**
 * Gives the main thread's garbage back between checks. Every edit of an open document leaves a copy of its whole text
 * (1-2 MB for a large connector, sent to the checker thread) and the JSON of its diagnostics and outline; V8 lets such
 * garbage pile up to several times the live heap before it collects: editing the 1.1 MB Encodian swagger, 18 MB live
 * in a main-thread heap of 52-89 MB, a third of the server's peak memory. So once the heap has grown by GROWTH_MB since
 * the last collection, the server collects right after publishing a check: the next keystroke's check waits for its
 * debounce anyway, and a collection of that heap holds the main thread for 12-36 ms on a loaded 2-core machine (the
 * bench's stall figure includes it). Editing Encodian through the bench's client, three runs each: peak RSS 232-250
 * MB before, 196-211 MB collecting every 8 MB, 176-179 MB every 4 MB, edit-to-diagnostics times unchanged. Collecting
 * in the checker thread too brought little more (193-195 MB) and cost every check about 50 ms.
 */
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** How much the heap may grow past what the last collection left before the next one. */
export const GROWTH_MB = 4;

const MB = 1024 * 1024;

export class MainThreadMemory {
	readonly #collect: () => void;
	readonly #growth: number;
	#liveAfterLast = getHeapStatistics().used_heap_size;

	/** `collect` runs a full collection (by default V8's, made callable at the first use); `growthMb` as GROWTH_MB. */
	constructor(collect: () => void = lazily(fullCollection), growthMb = GROWTH_MB) {
		this.#collect = collect;
		this.#growth = growthMb * MB;
	}

	/** Collects when the heap has grown enough since the last collection; returns whether it did. */
	releaseIfGrown(usedBytes = getHeapStatistics().used_heap_size): boolean {
		if (usedBytes - this.#liveAfterLast < this.#growth) {
			return false;
		}
		this.#collect();
		this.#liveAfterLast = getHeapStatistics().used_heap_size;
		return true;
	}
}

/**
 * `make()`'s function, made at its first call. Making the collector changes V8's flags, and V8 then rejects the code
 * cache Node starts a thread with (a worker that loads a few built-in modules: 28-36 ms, 69-78 ms after the change):
 * done at the server's start, it delayed the checker threads and the first diagnostics. By the first collection,
 * after the first check, they are running; a thread started later (the large-document thread, a restart) pays it.
 */
function lazily(make: () => () => void): () => void {
	let made: (() => void) | undefined;
	return () => (made ??= make())();
}

/**
 * V8's full collection as a function. Node offers it only behind `--expose-gc`, which the editor's launch of the server
 * does not pass; set afterwards, the flag applies to contexts created later, so a new context hands back the function.
 */
function fullCollection(): () => void {
	try {
		setFlagsFromString('--expose-gc');
		const gc = runInNewContext('gc') as unknown;
		return typeof gc === 'function' ? () => void gc() : () => {};
	} catch {
		return () => {}; // A runtime that refuses: V8 collects on its own schedule, as before.
	}
}
