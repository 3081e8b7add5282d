// Collections between jobs (host/heapCollector.ts): only once the heap has grown enough since the last one, and V8's
// full collection really runs without `--expose-gc` on the command line.
import assert from 'node:assert/strict';
import { getHeapStatistics } from 'node:v8';
import { describe, test } from 'node:test';
import { allowFullCollections, HeapCollector } from '../../server/src/host/heapCollector';

const MB = 1024 * 1024;

describe('HeapCollector', () => {
	test('collects only once the heap has grown by the threshold since the last collection', () => {
		// A heap of our own: V8's moves whenever it collects, here or in the test runner.
		let used = 100 * MB;
		let collections = 0;
		const memory = new HeapCollector(4, () => { collections++; used = 101 * MB; }, () => used);
		used = 103 * MB;
		assert.equal(memory.collectIfGrown(), false);
		assert.equal(collections, 0);
		used = 104 * MB;
		assert.equal(memory.collectIfGrown(), true);
		assert.equal(collections, 1);
		// Measured again after the collection (101 MB): growth counts from there, not from the start.
		used = 104.5 * MB;
		assert.equal(memory.collectIfGrown(), false);
		used = 105 * MB;
		assert.equal(memory.collectIfGrown(), true);
		assert.equal(collections, 2);
	});

	test('the default collection gives back garbage the heap was holding', () => {
		const memory = new HeapCollector(0);
		memory.collectIfGrown();
		const before = getHeapStatistics().used_heap_size;
		// 40 MB of objects no longer referenced, too old for the young generation's collections to have taken.
		let garbage: string[][] | undefined = Array.from({ length: 40 }, (_, i) => Array.from({ length: 16_384 }, (_, j) => `${i}:${j}:`.padEnd(40, 'x')));
		assert.ok(getHeapStatistics().used_heap_size > before + 20 * MB);
		garbage = undefined;
		assert.equal(memory.collectIfGrown(), true);
		assert.ok(getHeapStatistics().used_heap_size < before + 10 * MB, `${((getHeapStatistics().used_heap_size - before) / MB).toFixed(0)} MB above the start`);
		void garbage;
	});

	test('allowFullCollections sets the one flag the first collection sets, for a CLI check to set before its threads compile', () => {
		const set: string[] = [];
		allowFullCollections((flags) => set.push(flags));
		assert.deepEqual(set, ['--expose-gc']);
	});
});
