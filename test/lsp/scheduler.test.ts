/**
 * The language server's scheduler on its own: fake checker threads, a fake publisher and (where a debounce matters)
 * fake timers fired by hand. Every wait is on something the fakes record, never on a sleep.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CheckJob, CheckOutcome, RunningCheck } from '../../server/src/lsp/checker';
import { DEFAULT_CONFIG } from '../../server/src/engine/index';
import { Scheduler, type CheckRunner, type PlannedCheck, type PublishableOutcome, type Timers } from '../../server/src/lsp/scheduler';

/** Resolves waiters once their condition holds, re-checked whenever a fake records something. */
class Watch {
	readonly #waiters = new Set<() => void>();

	changed(): void {
		for (const waiter of [...this.#waiters]) {
			waiter();
		}
	}

	until<T>(condition: () => T | undefined | false): Promise<T> {
		return new Promise((resolve) => {
			const check = () => {
				const value = condition();
				if (value !== undefined && value !== false) {
					this.#waiters.delete(check);
					resolve(value);
				}
			};
			this.#waiters.add(check);
			check();
		});
	}
}

interface FakeRun {
	readonly job: CheckJob;
	cancelled: boolean;
	/** Settles the check as the thread would; the test decides the outcome, even for a cancelled check (a race). */
	settle(outcome: CheckOutcome): void;
}

class FakeChecker implements CheckRunner {
	readonly runs: FakeRun[] = [];
	interrupts = 0;
	readonly #watch: Watch;

	constructor(watch: Watch) {
		this.#watch = watch;
	}

	run(job: CheckJob): RunningCheck {
		let settle!: (outcome: CheckOutcome) => void;
		const outcome = new Promise<CheckOutcome>((resolve) => (settle = resolve));
		const run: FakeRun = { job, cancelled: false, settle };
		this.runs.push(run);
		job.onStart?.();
		this.#watch.changed();
		return {
			outcome,
			cancel: () => {
				run.cancelled = true;
				this.#watch.changed();
			},
		};
	}

	interrupt(): void {
		this.interrupts++;
		this.#watch.changed();
	}
}

/** Timers that fire only when the test says so. */
class FakeTimers implements Timers {
	readonly pending = new Map<number, { readonly callback: () => void; readonly ms: number }>();
	#next = 1;

	setTimeout(callback: () => void, ms: number): unknown {
		const id = this.#next++;
		this.pending.set(id, { callback, ms });
		return id;
	}

	clearTimeout(handle: unknown): void {
		this.pending.delete(handle as number);
	}

	fireAll(): void {
		const due = [...this.pending.values()];
		this.pending.clear();
		for (const timer of due) {
			timer.callback();
		}
	}
}

interface Unit {
	readonly key: string;
	/** Whether its checks read an open buffer (and so run on the foreground thread). */
	readonly open?: boolean;
	/** Whether that buffer is over the large-document size (then the large-document thread runs them). */
	readonly big?: boolean;
}

interface Check extends PlannedCheck {
	/** Which plan made it: 1 for the unit's first, and so on across units. */
	readonly plan: number;
}

const done = (elapsedMs = 1): CheckOutcome => ({
	kind: 'done',
	response: { type: 'result', id: 0, cancelled: false, findings: { swagger: [], apiProperties: [], icon: [], script: [], readme: [], intro: [] }, unreadable: {}, elapsedMs },
});

function harness(options: { timers?: Timers; plan?: (unit: Unit, stale: () => boolean, make: () => Check) => Promise<readonly Check[]>; current?: () => boolean; withLarge?: boolean; nextTurn?: () => Promise<void> } = {}) {
	const watch = new Watch();
	const foreground = new FakeChecker(watch);
	const background = new FakeChecker(watch);
	const large = new FakeChecker(watch);
	const infos: string[] = [];
	const published: { readonly unit: string; readonly plan: number; readonly outcome: PublishableOutcome }[] = [];
	const traces: string[] = [];
	const errors: string[] = [];
	let plans = 0;
	const make = (unit: Unit) => (): Check => {
		const plan = ++plans;
		watch.changed(); // A plan made is an event for tests that wait on the plan function.
		const open = unit.open ? { swagger: { uri: `untitled:${unit.key}`, version: plan, text: unit.big ? `{"a":"${'x'.repeat(100)}"}` : '{}' } } : {};
		return { plan, request: { paths: {}, open, config: DEFAULT_CONFIG }, label: `${unit.key}#${plan}`, isCurrent: options.current ?? (() => true) };
	};
	const scheduler = new Scheduler<Unit, Check>({
		foreground,
		background,
		...(options.withLarge ? { large, largeChars: 50, heavyMs: 1500 } : {}),
		plan: (unit, stale) => (options.plan ? options.plan(unit, stale, make(unit)) : Promise.resolve([make(unit)()])),
		publish: (unit, check, outcome) => {
			published.push({ unit: unit.key, plan: check.plan, outcome });
			watch.changed();
		},
		log: {
			error: (message) => {
				errors.push(message);
				watch.changed();
			},
			warn: () => undefined,
			info: (message) => {
				infos.push(message);
				watch.changed();
			},
		},
		trace: (message) => {
			traces.push(message);
			watch.changed();
		},
		timers: options.timers,
		...(options.nextTurn
			? {
					nextTurn: () => {
						const turn = options.nextTurn!();
						watch.changed(); // a result waiting for its turn is an event
						return turn;
					},
				}
			: {}),
	});
	const allRuns = () => [...foreground.runs, ...background.runs];
	return { scheduler, watch, foreground, background, large, published, traces, errors, infos, allRuns };
}

describe('language server scheduler', { timeout: 10_000 }, () => {
	it('runs a check that reads a buffer over the large-document size on the large-document thread', async () => {
		const timers = new FakeTimers();
		const { scheduler, watch, foreground, large } = harness({ timers, withLarge: true });
		scheduler.schedule({ key: 'generated', open: true, big: true }, 0);
		scheduler.schedule({ key: 'normal', open: true }, 0);
		timers.fireAll();
		await watch.until(() => large.runs.length === 1 && foreground.runs.length === 1);
		assert.equal(large.runs[0].job.open.swagger?.uri, 'untitled:generated');
		assert.equal(foreground.runs[0].job.open.swagger?.uri, 'untitled:normal');
		scheduler.dispose();
	});

	it('moves a foreground check still running after heavyMs to the large-document thread, ending its thread if it does not stop', async () => {
		const timers = new FakeTimers();
		const { scheduler, watch, foreground, large, infos } = harness({ timers, withLarge: true });
		const unit: Unit = { key: 'slow', open: true };
		scheduler.schedule(unit, 0);
		timers.fireAll();
		const slow = await watch.until(() => foreground.runs[0]);
		// The watch starts once the thread has the check (a microtask after run()).
		await watch.until(() => [...timers.pending.values()].some((timer) => timer.ms === 1500));
		timers.fireAll(); // 1.5 s later, still running
		assert.equal(slow.cancelled, true, 'cancelled on the foreground thread');
		assert.match(infos.join('\n'), /Checking slow#1 takes more than 1\.5 s: it moves to the large-document thread/);
		assert.deepEqual([...timers.pending.values()].map((timer) => timer.ms).sort((a, b) => a - b), [0, 500], 'the check again at once, and the interrupt deadline');
		timers.fireAll(); // the new plan runs, and 500 ms pass without the old check stopping
		await watch.until(() => large.runs.length === 1);
		assert.equal(foreground.interrupts, 1, 'the stuck thread is ended');
		// From now on the unit is heavy: its next check goes straight to the large-document thread, unwatched.
		scheduler.schedule(unit, 0);
		timers.fireAll();
		await watch.until(() => large.runs.length === 2);
		assert.equal(foreground.runs.length, 1);
		scheduler.dispose();
	});

	it('leaves a foreground check that finishes in time on the foreground, and does not interrupt a check that stopped', async () => {
		const timers = new FakeTimers();
		const { scheduler, watch, foreground, large, published } = harness({ timers, withLarge: true });
		const unit: Unit = { key: 'quick', open: true };
		scheduler.schedule(unit, 0);
		timers.fireAll();
		const quick = await watch.until(() => foreground.runs[0]);
		await watch.until(() => timers.pending.size === 1);
		quick.settle(done());
		await watch.until(() => published.length === 1);
		assert.equal(timers.pending.size, 0, 'its watch is cleared');
		assert.equal(large.runs.length, 0);
		scheduler.dispose();
	});

	it('lets a newer schedule supersede a pending one: one check, one result published', async () => {
		const timers = new FakeTimers();
		const { scheduler, watch, background, published } = harness({ timers });
		const unit: Unit = { key: 'folder' };
		scheduler.schedule(unit, 250);
		scheduler.schedule(unit, 250);
		assert.equal(timers.pending.size, 1, 'the first debounce timer is cleared');
		assert.deepEqual([...timers.pending.values()].map((timer) => timer.ms), [250]);
		timers.fireAll();
		const run = await watch.until(() => background.runs[0]);
		run.settle(done());
		await watch.until(() => published.length === 1);
		assert.equal(background.runs.length, 1, 'the superseded schedule never planned or ran a check');
		assert.deepEqual(
			published.map((item) => [item.unit, item.plan]),
			[['folder', 1]],
		);
		scheduler.dispose();
	});

	it('cancels a running check of an older generation and never publishes its result', async () => {
		const timers = new FakeTimers();
		const { scheduler, watch, background, published, traces } = harness({ timers });
		const unit: Unit = { key: 'folder' };
		scheduler.schedule(unit, 0);
		timers.fireAll();
		const older = await watch.until(() => background.runs[0]);
		scheduler.schedule(unit, 250);
		assert.equal(older.cancelled, true, 'the newer schedule cancels the running check');
		// The thread finished the older check just as it was cancelled: its result arrives anyway and must be dropped.
		older.settle(done());
		await watch.until(() => traces.includes('Check result dropped as stale: folder#1'));
		timers.fireAll();
		const newer = await watch.until(() => background.runs[1]);
		newer.settle(done());
		await watch.until(() => published.length === 1);
		assert.deepEqual(
			published.map((item) => item.plan),
			[2],
		);
		scheduler.dispose();
	});

	it('publishes a result in the turn it is given after it arrives, and drops it if the unit changed meanwhile', async () => {
		const timers = new FakeTimers();
		const turns: (() => void)[] = [];
		const { scheduler, watch, background, published, traces } = harness({ timers, nextTurn: () => new Promise<void>((resolve) => turns.push(resolve)) });
		const unit: Unit = { key: 'folder' };
		scheduler.schedule(unit, 0);
		timers.fireAll();
		(await watch.until(() => background.runs[0])).settle(done());
		await watch.until(() => turns.length === 1);
		assert.equal(published.length, 0, 'not in the turn the result arrived in');
		turns[0]();
		await watch.until(() => published.length === 1);
		scheduler.schedule(unit, 0);
		timers.fireAll();
		(await watch.until(() => background.runs[1])).settle(done());
		await watch.until(() => turns.length === 2);
		scheduler.schedule(unit, 250); // a change while the result waits for its turn
		turns[1]();
		await watch.until(() => traces.includes('Check result dropped as stale: folder#2'));
		assert.deepEqual(
			published.map((item) => item.plan),
			[1],
		);
		scheduler.dispose();
	});

	it('publishes nothing for a check the thread reports cancelled', async () => {
		const timers = new FakeTimers();
		const { scheduler, watch, background, published, traces } = harness({ timers });
		const unit: Unit = { key: 'folder' };
		scheduler.schedule(unit, 0);
		timers.fireAll();
		const older = await watch.until(() => background.runs[0]);
		scheduler.schedule(unit, 0);
		older.settle({ kind: 'cancelled' });
		await watch.until(() => traces.includes('Check cancelled: folder#1'));
		timers.fireAll();
		(await watch.until(() => background.runs[1])).settle({ kind: 'failed', message: 'boom' });
		await watch.until(() => published.length === 1);
		assert.deepEqual(
			published.map((item) => [item.plan, item.outcome.kind]),
			[[2, 'failed']],
		);
		scheduler.dispose();
	});

	it('drops a plan superseded while it was being built, before any check starts', async () => {
		const timers = new FakeTimers();
		let release!: () => void;
		const released = new Promise<void>((resolve) => (release = resolve));
		const stales: boolean[] = [];
		let planning = 0;
		const { scheduler, watch, background, published } = harness({
			timers,
			plan: async (_unit, stale, make) => {
				if (++planning === 1) {
					await released; // The first plan reads the disk while the user types on.
				}
				stales.push(stale());
				return [make()];
			},
		});
		const unit: Unit = { key: 'folder' };
		scheduler.schedule(unit, 0);
		timers.fireAll();
		scheduler.schedule(unit, 0);
		timers.fireAll();
		const run = await watch.until(() => background.runs[0]);
		release();
		await watch.until(() => stales.length === 2);
		assert.deepEqual(stales, [false, true], 'the second plan is current, the first sees it is stale');
		run.settle(done());
		await watch.until(() => published.length === 1);
		assert.equal(background.runs.length, 1, 'the stale plan started no check');
		scheduler.dispose();
	});

	it('drops a result whose open buffer moved on, and runs checks of open buffers on the foreground thread', async () => {
		const timers = new FakeTimers();
		let current = false;
		const { scheduler, watch, foreground, background, published, traces } = harness({ timers, current: () => current });
		scheduler.schedule({ key: 'open', open: true }, 0);
		timers.fireAll();
		(await watch.until(() => foreground.runs[0])).settle(done());
		await watch.until(() => traces.includes('Check result dropped as stale: open#1'));
		assert.equal(background.runs.length, 0);
		current = true;
		scheduler.schedule({ key: 'disk' }, 0);
		timers.fireAll();
		(await watch.until(() => background.runs[0])).settle(done(12));
		await watch.until(() => published.length === 1);
		assert.deepEqual(
			published.map((item) => item.unit),
			['disk'],
		);
		assert.ok(traces.includes('Check started: disk#2') && traces.includes('Check done in 12 ms: disk#2'));
		scheduler.dispose();
	});

	it('runs a schedule with delay 0 at once, without waiting out a debounce', async () => {
		// Real timers. The hour-long one is unref'd so that a dispose that failed to clear it cannot hold the test process
		// open; the delay-0 one is not, or the process could run out of work before it fires (it did whenever no other
		// test file left a handle open in this shard).
		const timers: Timers = {
			setTimeout: (callback, ms) => {
				const timer = setTimeout(callback, ms);
				return ms > 0 ? timer.unref() : timer;
			},
			clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
		};
		const { scheduler, watch, allRuns } = harness({ timers });
		scheduler.schedule({ key: 'later' }, 3_600_000);
		scheduler.schedule({ key: 'now' }, 0);
		const run = await watch.until(() => allRuns()[0]);
		assert.equal(run.job.folder, undefined);
		assert.equal(allRuns().length, 1, 'only the delay-0 unit ran');
		scheduler.dispose();
	});

	it('clears every timer and cancels every check on dispose, and ignores later schedules', async () => {
		const timers = new FakeTimers();
		const { scheduler, watch, background, published, traces } = harness({ timers });
		const running: Unit = { key: 'running' };
		scheduler.schedule(running, 0);
		timers.fireAll();
		const run = await watch.until(() => background.runs[0]);
		scheduler.schedule({ key: 'a' }, 250);
		scheduler.schedule({ key: 'b' }, 0);
		assert.equal(timers.pending.size, 2);
		scheduler.dispose();
		assert.equal(timers.pending.size, 0, 'no timer is left to fire');
		assert.equal(run.cancelled, true);
		scheduler.schedule(running, 0);
		assert.equal(timers.pending.size, 0, 'a schedule after dispose sets no timer');
		run.settle(done()); // A result that reaches the main thread after shutdown anyway.
		await watch.until(() => traces.includes('Check result dropped as stale: running#1'));
		assert.equal(published.length, 0);
	});

	it('forgets a unit: its timer is cleared and its running check cancelled', async () => {
		const timers = new FakeTimers();
		const { scheduler, watch, background } = harness({ timers });
		const unit: Unit = { key: 'folder' };
		scheduler.schedule(unit, 0);
		timers.fireAll();
		const run = await watch.until(() => background.runs[0]);
		scheduler.forget(unit);
		assert.equal(run.cancelled, true);
		scheduler.schedule(unit, 250);
		scheduler.forget(unit);
		assert.equal(timers.pending.size, 0);
		scheduler.dispose();
	});

	it('logs a plan that throws instead of letting it escape', async () => {
		const timers = new FakeTimers();
		const { scheduler, watch, errors } = harness({
			timers,
			plan: () => Promise.reject(new Error('cannot read the folder')),
		});
		scheduler.schedule({ key: 'folder' }, 0);
		timers.fireAll();
		const message = await watch.until(() => errors[0]);
		assert.match(message, /^Checking a connector failed: Error: cannot read the folder/);
		scheduler.dispose();
	});
});
