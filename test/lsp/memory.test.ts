// The main thread's collections between checks (lsp/memory.ts): only once the heap has grown enough since the last
// one, and V8's full collection really runs without `--expose-gc` on the command line.
import assert from 'node:assert/strict';
import { getHeapStatistics } from 'node:v8';
import { describe, test } from 'node:test';
import { MainThreadMemory } from '../../server/src/lsp/memory';

const MB = 1024 * 1024;

describe('MainThreadMemory', () => {
	test('collects only once the heap has grown by the threshold since the last collection', () => {
		let collections = 0;
		const memory = new MainThreadMemory(() => collections++, 4);
		const live = getHeapStatistics().used_heap_size;
		assert.equal(memory.releaseIfGrown(live + 3 * MB), false);
		assert.equal(collections, 0);
		assert.equal(memory.releaseIfGrown(live + 5 * MB), true);
		assert.equal(collections, 1);
		// Measured again after the collection: the same heap has not grown since.
		assert.equal(memory.releaseIfGrown(getHeapStatistics().used_heap_size), false);
		assert.equal(collections, 1);
	});

	test('the default collection gives back garbage the heap was holding', () => {
		const memory = new MainThreadMemory(undefined, 0);
		memory.releaseIfGrown();
		const before = getHeapStatistics().used_heap_size;
		// 40 MB of objects no longer referenced, too old for the young generation's collections to have taken.
		let garbage: string[][] | undefined = Array.from({ length: 40 }, (_, i) => Array.from({ length: 16_384 }, (_, j) => `${i}:${j}:`.padEnd(40, 'x')));
		assert.ok(getHeapStatistics().used_heap_size > before + 20 * MB);
		garbage = undefined;
		assert.equal(memory.releaseIfGrown(), true);
		assert.ok(getHeapStatistics().used_heap_size < before + 10 * MB, `${((getHeapStatistics().used_heap_size - before) / MB).toFixed(0)} MB above the start`);
		void garbage;
	});
});
