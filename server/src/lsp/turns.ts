/**
 * Work for the main thread, one task per turn of the event loop, in order. A task that takes tens of milliseconds
 * (encoding a publish of a few thousand diagnostics, a garbage collection) then holds the thread once, not back to back
 * with the next, nor with the I/O callback that queued it: requests and edits that arrived meanwhile are read between
 * two tasks. A timer, not setImmediate: an immediate queued from an I/O callback (a worker's message) runs in that same
 * turn, right after it; a timer waits for the next turn.
 */
export class Turns {
	readonly #tasks: (() => void)[] = [];
	#scheduled = false;
	readonly #onError: (error: unknown) => void;

	constructor(onError: (error: unknown) => void) {
		this.#onError = onError;
	}

	/** Runs `task` in a turn of its own, after the tasks queued before it. */
	later(task: () => void): void {
		this.#tasks.push(task);
		this.#schedule();
	}

	#schedule(): void {
		if (this.#scheduled || this.#tasks.length === 0) {
			return;
		}
		this.#scheduled = true;
		setTimeout(() => {
			this.#scheduled = false;
			const task = this.#tasks.shift();
			try {
				task?.();
			} catch (error) {
				this.#onError(error);
			}
			this.#schedule();
		}, 0);
	}
}
