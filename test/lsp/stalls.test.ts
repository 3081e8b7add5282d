// The main thread's stall figure the server traces (lsp/stalls.ts): a stall right after a reset counts, where Node's
// own event-loop histogram forgot the gap in progress at its reset (the collection after each publish never showed).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { StallMonitor } from '../../server/src/lsp/stalls';

function hold(ms: number): void {
	const until = performance.now() + ms;
	while (performance.now() < until) {
		// the main thread held, as by a synchronous collection
	}
}

test('a stall that starts right after a reset is the longest since that reset', () => {
	const stalls = new StallMonitor(10);
	stalls.reset();
	hold(60);
	assert.ok(stalls.longestMs >= 60, `${stalls.longestMs.toFixed(1)} ms`);
});

test('a reset clears the figure: a stall before it does not count after it', async () => {
	const stalls = new StallMonitor(5);
	hold(80);
	assert.ok(stalls.longestMs >= 80);
	// Let the timer close the 80 ms gap, then start afresh.
	await new Promise<void>((resolve) => setImmediate(resolve));
	await new Promise<void>((resolve) => setTimeout(resolve, 6));
	stalls.reset();
	assert.ok(stalls.longestMs < 80, `${stalls.longestMs.toFixed(1)} ms after the reset`);
});
