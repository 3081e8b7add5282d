/**
 * The CLI's first check thread, started by its launcher (cliLauncher.ts) before the CLI's own 1.5 MB bundle is
 * compiled and run. A thread takes about 50 ms to start (Node's bootstrap, then its own bundle), and the CLI spent as
 * long compiling and setting up before it started any: started first, the thread gets ready meanwhile, on the other
 * core. Alternating runs on 2 cores, medians of 10: one 1.1 MB connector 313 → 301 ms, a small one 168 → 147 ms,
 * the 80 dev connectors 927 → 924 ms (991 → 964 ms as a first run, without the code cache). Only one is started
 * early: a second cost a one-connector run, which needs one thread, 25–35 ms against the first alone (it competes for
 * the cores while the first thread and the CLI start), and a run's connectors are only known once the CLI has looked.
 * Nor did a second one help the runs that use two: the 80 dev connectors took 845 against 843 ms with it (medians of
 * 16 alternating runs), and 953 against 906 ms with the flags below set only once both had started (a thread started
 * under them takes 48 ms instead of 24 to start, measured alone), though both threads then gave their first result
 * at once, the second 50-80 ms sooner.
 *
 * The thread starts held: once Node has started it, it waits to be released before it compiles its own bundle
 * (`whenReleased`), which the launcher does once it has compiled the CLI's and set the V8 flags the run checks under
 * (host/checkFlags.ts). Node's code cache for what a thread starts with is made under Node's flags, and V8 turns a
 * cache down under others: set first, the flags cost the thread 15 ms to start, which a one-connector run waits for.
 * Set only once the thread has started (it said when it was held), they let it start 30-40 ms sooner, but the second
 * thread, whose start then waited for that, gave its first result 30-40 ms later: the 80 dev connectors took as long
 * (medians of 14 alternating runs, 944 against 952 ms). The thread's own cache, made once it has checked a connector,
 * is made under the run's flags (checkThreadLauncher.ts).
 *
 * The launcher and the CLI are two bundles, so the thread is handed over through a global slot. A thread nobody takes
 * (a usage error, `check --help`, no connector found) does not keep the process alive.
 */
import { parentPort, Worker, workerData } from 'node:worker_threads';

/** The heap of a check thread when `--max-memory` is not given, in MB. */
export const DEFAULT_CHECK_THREAD_MEMORY_MB = 2048;

interface EarlyThread {
	readonly worker: Worker;
	readonly script: string;
	readonly maxMemoryMb: number;
	/** Set when the thread failed or ended before it was taken. */
	ended: boolean;
	/** Set once it was told to go on (`releaseEarlyCheckThread`). */
	released: boolean;
	readonly markEnded: () => void;
}

/** The `workerData` of a thread started held, and the message that releases it. */
const HELD = 'connector-certify.held';
const RELEASE = 'connector-certify.release';

/**
 * A check thread running `script` with `maxMemoryMb` of old-generation heap: the early one and the run's own are
 * started alike (but for being held), so the run can take the early one in place of its first.
 */
export function startCheckThread(script: string, maxMemoryMb: number, held = false): Worker {
	return new Worker(script, { resourceLimits: { maxOldGenerationSizeMb: maxMemoryMb }, ...(held ? { workerData: HELD } : {}) });
}

/** In a check thread: runs `start` now, or once the thread is released when it was started held. */
export function whenReleased(start: () => void): void {
	if (workerData === HELD && parentPort) {
		parentPort.once('message', start);
	} else {
		start();
	}
}

const SLOT = Symbol.for('connector-certify.earlyCheckThread');
const slots = globalThis as { [SLOT]?: EarlyThread };

/** Starts a check thread from `script` with `maxMemoryMb` of heap, for `takeEarlyCheckThread` to hand to the run. */
export function startEarlyCheckThread(script: string, maxMemoryMb: number = DEFAULT_CHECK_THREAD_MEMORY_MB): void {
	if (slots[SLOT]) {
		return;
	}
	const worker = startCheckThread(script, maxMemoryMb, true);
	worker.unref();
	const early: EarlyThread = { worker, script, maxMemoryMb, ended: false, released: false, markEnded: () => (early.ended = true) };
	// Listened to until it is taken: an error with no listener would end the process before the CLI could say why.
	worker.on('error', early.markEnded);
	worker.on('exit', early.markEnded);
	slots[SLOT] = early;
}

/** Lets the early thread, if one is waiting, go on to compile its bundle; once. */
export function releaseEarlyCheckThread(): void {
	const early = slots[SLOT];
	if (early && !early.released) {
		early.released = true;
		early.worker.postMessage(RELEASE);
	}
}

/**
 * The thread `startEarlyCheckThread` started, released, when it runs `script` with `maxMemoryMb` of heap and is still
 * running; it then keeps the process alive again. Any other is ended: the run starts its own, which says what is wrong
 * if the early one failed. Hands a thread out once.
 */
export function takeEarlyCheckThread(script: string, maxMemoryMb: number): Worker | undefined {
	const early = slots[SLOT];
	if (!early) {
		return undefined;
	}
	releaseEarlyCheckThread();
	delete slots[SLOT];
	early.worker.off('error', early.markEnded);
	early.worker.off('exit', early.markEnded);
	if (early.ended || early.script !== script || early.maxMemoryMb !== maxMemoryMb) {
		void early.worker.terminate();
		return undefined;
	}
	early.worker.ref();
	return early.worker;
}
