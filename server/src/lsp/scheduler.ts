/**
 * When each unit (a connector folder, or a document that is not a file) is checked, on which checker thread, and
 * which results may be published. It owns the units' debounce timers, generation numbers and running checks, and
 * nothing else: what a unit's checks are (`plan`) and what publishing means (`publish`) are the server's, passed in,
 * so the timing can be tested with fake checkers and timers.
 *
 * Each unit has a generation, bumped by every schedule (a change, an open, a close, a file event, a settings change).
 * Bumping cancels the unit's queued and running checks (a shared flag the engine polls between rules) and restarts its
 * timer; a result is published only when its generation is still current and every open buffer it read is still at
 * the version it read (`isCurrent`), so stale results never reach the client.
 */
import type { CheckJob, CheckOutcome, Logger, RunningCheck } from './checker';

/** What the scheduler needs of a checker thread (a `Checker`, or a fake in tests). */
export interface CheckRunner {
	run(job: CheckJob): RunningCheck;
	/** Ends the running check at once, thread and all, for one that does not honour cancellation in time. */
	interrupt?(): void;
}

/** How long a check cancelled for being heavy may take to stop (cancellation is polled between rules) before its thread is ended. */
const INTERRUPT_AFTER_MS = 500;

/** One check a unit needs now, as `plan` builds it when the unit's timer fires. */
export interface PlannedCheck {
	/** The request; one with open buffers runs on the foreground thread, one from disk alone on the background thread. */
	readonly request: Omit<CheckJob, 'onStart'>;
	/** Names the check in trace lines. */
	readonly label: string;
	/** False once an open buffer the check read has moved on: its result describes text that no longer exists. */
	isCurrent(): boolean;
}

/** An outcome worth publishing: a cancelled check has nothing to say. */
export type PublishableOutcome = Exclude<CheckOutcome, { kind: 'cancelled' }>;

/** The timer functions, injectable so tests can fire debounces deterministically. */
export interface Timers {
	setTimeout(callback: () => void, ms: number): unknown;
	clearTimeout(handle: unknown): void;
}

const SYSTEM_TIMERS: Timers = {
	setTimeout: (callback, ms) => setTimeout(callback, ms),
	clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export interface SchedulerOptions<U, P extends PlannedCheck> {
	/** Runs checks that read open buffers, so a keystroke's check never waits behind the workspace scan. */
	readonly foreground: CheckRunner;
	/** Runs checks of files only on disk (the workspace scan, file events). */
	readonly background: CheckRunner;
	/**
	 * Runs checks that read an open buffer longer than `largeChars` (a generated or absurd document), so the seconds
	 * they may take never hold up the squiggles of the connectors beside them. Without it the foreground runs them.
	 */
	readonly large?: CheckRunner;
	readonly largeChars?: number;
	/** A unit whose open-buffer check took longer than this moves to `large` for good: it is heavy, whatever its size. */
	readonly heavyMs?: number;
	/**
	 * The checks a unit needs, built when its timer fires (it may read the disk and the settings). `stale()` turns true
	 * once a newer schedule supersedes this one, so work after an await can stop early; what it returns then is ignored.
	 */
	plan(unit: U, stale: () => boolean): Promise<readonly P[]>;
	/** Publishes an outcome: only of the unit's latest generation, with every buffer it read still current. */
	publish(unit: U, check: P, outcome: PublishableOutcome): void;
	/**
	 * Awaited between a result's arrival and its publishing (which then checks it is still current): the server gives
	 * it a turn of its own. Receiving a large result (the thread's message, deserialized with the collections it
	 * causes) and publishing it held the main thread as one block: on the bench's 1.93 MB document 26-63 ms, median
	 * 47, against 19-38 ms, median 30, apart. Without it, at once.
	 */
	readonly nextTurn?: () => Promise<void>;
	readonly log: Logger;
	/** Scheduling events, for the client's trace. */
	readonly trace?: (message: string) => void;
	readonly timers?: Timers;
}

interface UnitState {
	generation: number;
	/** Boxed, so a handle that is falsy (a fake timer's 0) still counts as pending. */
	timer?: { readonly handle: unknown };
	running: RunningCheck[];
	/** Who waits for the current generation to settle (published, dropped or superseded): `checkNow` callers. */
	settled: (() => void)[];
}

function describe(error: unknown): string {
	return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

export class Scheduler<U, P extends PlannedCheck> {
	readonly #options: SchedulerOptions<U, P>;
	/** Units whose checks proved slow: they run on the large-document thread (see `heavyMs`). */
	readonly #heavy = new Set<U>();
	readonly #timers: Timers;
	/** By unit object, as a unit dropped and created again for the same folder starts afresh. */
	readonly #states = new Map<U, UnitState>();
	#disposed = false;

	constructor(options: SchedulerOptions<U, P>) {
		this.#options = options;
		this.#timers = options.timers ?? SYSTEM_TIMERS;
	}

	/** Supersedes whatever the unit is doing and checks it again after `delay` ms (0: as soon as the event loop allows). */
	schedule(unit: U, delay: number): void {
		if (this.#disposed) {
			return;
		}
		let state = this.#states.get(unit);
		if (!state) {
			state = { generation: 0, running: [], settled: [] };
			this.#states.set(unit, state);
		}
		const generation = this.#supersede(state);
		const current = state;
		const timer = {
			handle: this.#timers.setTimeout(() => {
				if (current.timer === timer) {
					current.timer = undefined;
				}
				this.#check(unit, current, generation).catch((error: unknown) => this.#options.log.error(`Checking a connector failed: ${describe(error)}`));
			}, delay),
		};
		state.timer = timer;
	}

	/**
	 * Checks the unit at once and resolves when that check has settled: published, dropped as stale, or superseded by a
	 * newer schedule (whose result then stands). For one-off sweeps that go connector by connector.
	 */
	checkNow(unit: U): Promise<void> {
		if (this.#disposed) {
			return Promise.resolve();
		}
		this.schedule(unit, 0);
		const state = this.#states.get(unit)!;
		return new Promise((resolve) => state.settled.push(resolve));
	}

	/** Cancels whatever the unit is doing and drops its state: for a unit the server no longer tracks. */
	forget(unit: U): void {
		this.#heavy.delete(unit);
		const state = this.#states.get(unit);
		if (state) {
			this.#supersede(state);
			this.#states.delete(unit);
		}
	}

	/** On shutdown: clears every timer, cancels every check, and ignores later schedules. */
	dispose(): void {
		this.#disposed = true;
		for (const state of this.#states.values()) {
			this.#supersede(state);
		}
		this.#states.clear();
	}

	/** Bumps the generation, cancels the running checks and the pending timer; returns the new generation. */
	#supersede(state: UnitState): number {
		this.#settle(state);
		state.generation++;
		for (const running of state.running) {
			running.cancel();
		}
		state.running = [];
		if (state.timer) {
			this.#timers.clearTimeout(state.timer.handle);
			state.timer = undefined;
		}
		return state.generation;
	}

	#settle(state: UnitState): void {
		for (const resolve of state.settled.splice(0)) {
			resolve();
		}
	}

	async #check(unit: U, state: UnitState, generation: number): Promise<void> {
		try {
			await this.#run(unit, state, generation);
		} finally {
			if (state.generation === generation) {
				this.#settle(state);
			}
		}
	}

	/** The timers watching foreground checks for `heavyMs`, by check. */
	readonly #watches = new Map<RunningCheck, unknown>();

	/**
	 * A check handed to its thread: traced, and when it reads open buffers on the foreground thread, watched. One still
	 * running after `heavyMs` makes its unit heavy: it is cancelled there and runs again on the large-document thread,
	 * so the connector opened beside an absurd document waits for it at most that long, once.
	 */
	#started(unit: U, check: P, runner: CheckRunner, running: RunningCheck, generation: number, state: UnitState): void {
		this.#options.trace?.(`Check started: ${check.label}`);
		const heavyMs = this.#options.heavyMs;
		if (!this.#options.large || runner !== this.#options.foreground || heavyMs === undefined) {
			return;
		}
		this.#watches.set(
			running,
			this.#timers.setTimeout(() => {
				this.#watches.delete(running);
				if (this.#disposed || state.generation !== generation || this.#heavy.has(unit)) {
					return;
				}
				this.#heavy.add(unit);
				this.#options.log.info(`Checking ${check.label} takes more than ${(heavyMs / 1000).toFixed(1)} s: it moves to the large-document thread, so other connectors do not wait behind it.`);
				let stopped = false;
				void running.outcome.then(() => (stopped = true));
				this.schedule(unit, 0); // Cancels it here and plans it again, on the large-document thread.
				this.#timers.setTimeout(() => {
					if (!stopped) {
						this.#options.log.info(`The cancelled check of ${check.label} did not stop within ${INTERRUPT_AFTER_MS} ms: its thread is restarted.`);
						runner.interrupt?.();
					}
				}, INTERRUPT_AFTER_MS);
			}, heavyMs),
		);
	}

	#clearWatch(running: RunningCheck): void {
		const watch = this.#watches.get(running);
		if (watch !== undefined) {
			this.#timers.clearTimeout(watch);
			this.#watches.delete(running);
		}
	}

	async #run(unit: U, state: UnitState, generation: number): Promise<void> {
		const stale = () => this.#disposed || state.generation !== generation;
		const checks = await this.#options.plan(unit, stale);
		if (stale() || !checks.length) {
			return;
		}
		const trace = (message: string) => this.#options.trace?.(message);
		const started = checks.map((check) => {
			const open = Object.values(check.request.open);
			const large = this.#options.large && (this.#heavy.has(unit) || open.some((file) => file !== undefined && file.text.length > (this.#options.largeChars ?? Infinity)));
			const runner = large ? this.#options.large! : open.length ? this.#options.foreground : this.#options.background;
			// onStart may come during run() itself (an idle thread): the watch starts once `running` is known.
			const running: RunningCheck = runner.run({ ...check.request, onStart: () => queueMicrotask(() => this.#started(unit, check, runner, running, generation, state)) });
			return { check, running };
		});
		state.running = started.map((item) => item.running);
		await Promise.all(
			started.map(async ({ check, running }) => {
				const outcome = await running.outcome;
				this.#clearWatch(running);
				if (outcome.kind === 'cancelled') {
					trace(`Check cancelled: ${check.label}`);
					return;
				}
				await this.#options.nextTurn?.();
				if (stale() || !check.isCurrent()) {
					trace(`Check result dropped as stale: ${check.label}`);
					return; // A newer check of this unit is scheduled; this result is for text that no longer exists.
				}
				if (outcome.kind === 'done') {
					trace(`Check done in ${outcome.response.elapsedMs.toFixed(0)} ms: ${check.label}`);
				}
				this.#options.publish(unit, check, outcome);
			}),
		);
	}
}
