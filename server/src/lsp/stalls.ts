/**
 * How long the server's main thread went without turning its event loop, for the trace (`npm run bench` reads the
 * longest stall while editing from it). A timer ticks every `resolutionMs`; the longest gap between two ticks since
 * the last reset is an upper bound on the longest stall, within one tick. Node's `monitorEventLoopDelay` measures the
 * same gaps, but its reset forgets the gap in progress: the collection the server starts right after a publish (and
 * the reset) never showed, though it held the thread 14-32 ms on each edit of Encodian, once 52 ms. Here a reset
 * clears the figure and keeps the time of the last tick.
 */
export class StallMonitor {
	readonly #timer: NodeJS.Timeout;
	#lastTick = performance.now();
	#longest = 0;

	constructor(resolutionMs = 10) {
		this.#timer = setInterval(() => {
			const now = performance.now();
			this.#longest = Math.max(this.#longest, now - this.#lastTick);
			this.#lastTick = now;
		}, resolutionMs);
		this.#timer.unref(); // never what keeps the process alive
	}

	/** The longest gap between ticks since the last reset, the one still open included, in ms. */
	get longestMs(): number {
		return Math.max(this.#longest, performance.now() - this.#lastTick);
	}

	reset(): void {
		this.#longest = 0;
	}
}
