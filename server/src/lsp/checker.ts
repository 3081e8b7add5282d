/**
 * The main thread's handle on one checker thread: a queue of jobs (checks, outlines, code actions) run one at a time in
 * order, each cancellable through a shared flag the engine polls between rules (a cancelled job still queued never starts). The thread is started on first use
 * and started again after it dies (a crash fails the running check, not the server). A check that neither finishes
 * nor honours cancellation within `JOB_TIMEOUT_MS` has its thread terminated.
 */
import { Worker } from 'node:worker_threads';
import type { EngineConfig } from '../engine/index';
import type { FileKind, JsonFileKind } from '../core/connector';
import { CHECKER_ROLE, type CheckerJob, type CheckResponse, type CodeActionsRequest, type CodeActionsResponse, type FromChecker, type OpenFile, type OutlineResponse, type QueryRequest, type QueryResponse } from './workerProtocol';

/** What the server asks for; the checker adds the id and the cancellation flag. */
export interface CheckJob {
	readonly folder?: string;
	readonly paths: Readonly<Partial<Record<FileKind, string>>>;
	readonly open: Readonly<Partial<Record<FileKind, OpenFile>>>;
	readonly config: EngineConfig;
	/** The git ref to compare the connector with (see CheckRequest.compareWith). */
	readonly compareWith?: string;
	/** The git ref whose findings are left out (see CheckRequest.baseline). */
	readonly baseline?: string;
	/** Called when the check is handed to the thread (for tracing). */
	readonly onStart?: () => void;
}

export type JobOutcome<R> = { readonly kind: 'done'; readonly response: R } | { readonly kind: 'cancelled' } | { readonly kind: 'failed'; readonly message: string };

export type CheckOutcome = JobOutcome<CheckResponse>;

type JobResponse = CheckResponse | OutlineResponse | CodeActionsResponse | QueryResponse;

export interface RunningJob<R> {
	readonly outcome: Promise<JobOutcome<R>>;
	cancel(): void;
}

export type RunningCheck = RunningJob<CheckResponse>;

export interface Logger {
	error(message: string): void;
	warn(message: string): void;
	info(message: string): void;
}

const JOB_TIMEOUT_MS = 60_000;

/**
 * The old-generation heap a checker thread may use, in tiers. V8 sizes its heap to its limit: under a modest one it
 * collects sooner, and editing the 1.1 MB Encodian swagger peaks at 220-260 MB of server RSS where, unbounded, it
 * reached 310-720 MB; the price is more collection while checking (edit to diagnostics about 90 ms slower in the
 * median, the p95 about the same), measured with `npm run bench`. A document that needs more stops the thread with an
 * out-of-memory error; the check then runs again on a thread with the next tier, and past the last one it fails with
 * a message saying so, while the server's other threads carry on.
 */
export const HEAP_TIERS_MB: readonly number[] = [512, 768];

/**
 * The large-document thread's one tier: what a document over LARGE_DOCUMENT_CHARS may use before it gets a "too large
 * or too complex to check" diagnostic instead of findings. With the main thread and the other two threads, the
 * server stays under 1 GB of memory whatever is opened (issue 17).
 */
export const LARGE_DOCUMENT_HEAP_TIERS_MB: readonly number[] = [512];

/**
 * The young generation of a checker thread (V8's default reached 32 MB of the thread's heap). A check's garbage is
 * short-lived, so a smaller nursery costs little: editing Encodian, server peak RSS 227 MB to 216 MB (8 MB: 200-209
 * MB) with edit-to-diagnostics medians within the noise of the default's (`npm run bench`).
 */
const YOUNG_GENERATION_MB = 16;

interface Pending {
	readonly request: CheckerJob;
	readonly onStart?: () => void;
	readonly flag: Int32Array;
	readonly resolve: (outcome: JobOutcome<JobResponse>) => void;
	settled: boolean;
}

export class Checker {
	readonly #script: string;
	readonly #name: string;
	readonly #log: Logger;
	#worker: Worker | undefined;
	#queue: Pending[] = [];
	#running: Pending | undefined;
	#timer: NodeJS.Timeout | undefined;
	#nextId = 1;
	#disposed = false;
	#releaseWhenIdle = false;
	/** The heap tier of the next thread started (see HEAP_TIERS_MB). */
	#tier = 0;
	/** The current thread reported running out of memory (its exit follows). */
	#outOfMemory = false;

	readonly #heapTiersMb: readonly number[];

	/**
	 * `script` is the bundle to start as the thread (the server's own file); `name` labels its log lines; `heapTiersMb`
	 * are the thread's memory tiers (HEAP_TIERS_MB unless a test says otherwise).
	 */
	constructor(script: string, name: string, log: Logger, heapTiersMb: readonly number[] = HEAP_TIERS_MB) {
		this.#script = script;
		this.#name = name;
		this.#log = log;
		this.#heapTiersMb = heapTiersMb;
	}

	run(job: CheckJob): RunningCheck {
		const { folder, paths, open, config, compareWith, baseline } = job;
		return this.#enqueue<CheckResponse>((id, cancel) => ({ type: 'check', id, cancel, folder, paths, open, config, ...(compareWith !== undefined ? { compareWith } : {}), ...(baseline !== undefined ? { baseline } : {}) }), job.onStart);
	}

	/** The outline of an open document, from this thread's parse of that version (see OutlineRequest). */
	outline(file: OpenFile, kind: JsonFileKind, max: number): RunningJob<OutlineResponse> {
		return this.#enqueue<OutlineResponse>((id, cancel) => ({ type: 'outline', id, cancel, file, kind, max }));
	}

	/** Code actions, or one fix-all resolved, from this thread's parses (see CodeActionsRequest). */
	codeActions(request: Omit<CodeActionsRequest, 'type' | 'id' | 'cancel'>): RunningJob<CodeActionsResponse> {
		return this.#enqueue<CodeActionsResponse>((id, cancel) => ({ ...request, type: 'codeActions', id, cancel }));
	}

	/** A completion, hover or navigation request, from this thread's parses (see QueryRequest). */
	query(request: Omit<QueryRequest, 'type' | 'id' | 'cancel'>): RunningJob<QueryResponse> {
		return this.#enqueue<QueryResponse>((id, cancel) => ({ ...request, type: 'query', id, cancel }));
	}

	#enqueue<R extends JobResponse>(request: (id: number, cancel: SharedArrayBuffer) => CheckerJob, onStart?: () => void): RunningJob<R> {
		const cancel = new SharedArrayBuffer(4);
		const flag = new Int32Array(cancel);
		let resolve!: (outcome: JobOutcome<R>) => void;
		const outcome = new Promise<JobOutcome<R>>((r) => (resolve = r));
		const pending: Pending = { request: request(this.#nextId++, cancel), onStart, flag, resolve: resolve as Pending['resolve'], settled: false };
		this.#queue.push(pending);
		this.#pump();
		return {
			outcome,
			cancel: () => {
				Atomics.store(flag, 0, 1);
				const queued = this.#queue.indexOf(pending);
				if (queued >= 0) {
					this.#queue.splice(queued, 1);
					this.#settle(pending, { kind: 'cancelled' });
				}
			},
		};
	}

	/** Starts the thread ahead of the first check, so that check does not wait for the thread to load. */
	prestart(): void {
		if (!this.#disposed) {
			try {
				this.#ensureWorker();
			} catch (error) {
				this.#log.error(`Could not start the ${this.#name} checker thread: ${String(error)}`);
			}
		}
	}

	/** Tells the thread a document closed, so it drops that document's parse. */
	forget(uri: string): void {
		this.#worker?.postMessage({ type: 'forget', uri });
	}

	/**
	 * Ends the thread once it is idle, giving back its memory: a workspace sweep leaves the parses and caches of every
	 * connector it read in the thread's heap, which V8 does not return to the system. The next check starts a fresh one.
	 */
	release(): void {
		if (this.#running || this.#queue.length > 0) {
			this.#releaseWhenIdle = true;
			return;
		}
		this.#releaseWhenIdle = false;
		this.#tier = 0;
		const worker = this.#worker;
		this.#worker = undefined;
		void worker?.terminate();
	}

	/**
	 * Ends the running check now by ending the thread (the next check starts a fresh one, which parses again): for a
	 * check that was cancelled but is stuck in one long rule. Its outcome is `cancelled`.
	 */
	interrupt(): void {
		const running = this.#running;
		if (!running) {
			return;
		}
		this.#running = undefined;
		this.#clearTimer();
		const worker = this.#worker;
		this.#worker = undefined;
		void worker?.terminate();
		this.#settle(running, { kind: 'cancelled' });
		setImmediate(() => this.#pump());
	}

	dispose(): void {
		this.#disposed = true;
		for (const pending of this.#queue) {
			this.#settle(pending, { kind: 'cancelled' });
		}
		this.#queue = [];
		if (this.#running) {
			this.#settle(this.#running, { kind: 'cancelled' });
			this.#running = undefined;
		}
		this.#clearTimer();
		void this.#worker?.terminate();
		this.#worker = undefined;
	}

	#settle(pending: Pending, outcome: JobOutcome<JobResponse>): void {
		if (!pending.settled) {
			pending.settled = true;
			pending.resolve(outcome);
		}
	}

	#clearTimer(): void {
		if (this.#timer) {
			clearTimeout(this.#timer);
			this.#timer = undefined;
		}
	}

	#pump(): void {
		if (this.#running || this.#disposed) {
			return;
		}
		const next = this.#queue.shift();
		if (!next) {
			if (this.#releaseWhenIdle) {
				this.release();
			}
			return;
		}
		let worker: Worker;
		try {
			worker = this.#ensureWorker();
		} catch (error) {
			this.#settle(next, { kind: 'failed', message: `Could not start the checker thread: ${String(error)}` });
			setImmediate(() => this.#pump());
			return;
		}
		this.#running = next;
		this.#timer = setTimeout(() => {
			if (this.#running === next) {
				this.#log.error(`A check ran for more than ${JOB_TIMEOUT_MS / 1000} s; stopping the ${this.#name} checker thread.`);
				this.#restart(`the check took longer than ${JOB_TIMEOUT_MS / 1000} s`);
			}
		}, JOB_TIMEOUT_MS);
		this.#timer.unref();
		worker.postMessage(next.request);
		try {
			next.onStart?.();
		} catch (error) {
			this.#log.error(`onStart failed: ${String(error)}`);
		}
	}

	#ensureWorker(): Worker {
		if (this.#worker) {
			return this.#worker;
		}
		// stdout/stderr are piped to us rather than to the process: with the stdio transport, anything written to the
		// process's stdout would corrupt the protocol stream.
		const worker = new Worker(this.#script, { workerData: { role: CHECKER_ROLE }, stdout: true, stderr: true, resourceLimits: { maxOldGenerationSizeMb: this.#heapTiersMb[this.#tier], maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
		this.#outOfMemory = false;
		const forward = (level: 'info' | 'error') => (chunk: Buffer) => {
			const text = chunk.toString('utf8').trimEnd();
			if (text) {
				this.#log[level](`[${this.#name} checker] ${text}`);
			}
		};
		worker.stdout.on('data', forward('info'));
		worker.stderr.on('data', forward('error'));
		worker.on('message', (message: FromChecker) => this.#onMessage(message));
		worker.on('error', (error: Error & { code?: string }) => {
			if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
				this.#outOfMemory = true;
				return; // Its exit says what happens next.
			}
			this.#log.error(`The ${this.#name} checker thread failed: ${error.stack ?? error.message}`);
		});
		worker.on('exit', (code) => {
			if (this.#worker !== worker) {
				return; // Already replaced (terminated on purpose).
			}
			this.#worker = undefined;
			if (this.#disposed) {
				return;
			}
			const limit = this.#heapTiersMb[this.#tier];
			if (this.#outOfMemory && this.#tier < this.#heapTiersMb.length - 1) {
				// Again on a thread with more memory: the check the thread was running goes first.
				this.#tier++;
				this.#log.info(`The ${this.#name} checker thread ran out of its ${limit} MB; checking again with ${this.#heapTiersMb[this.#tier]} MB.`);
				this.#clearTimer();
				const running = this.#running;
				this.#running = undefined;
				if (running && !running.settled) {
					this.#queue.unshift(running);
				}
				setImmediate(() => this.#pump());
			} else if (this.#outOfMemory) {
				this.#log.error(`The ${this.#name} checker thread ran out of its ${limit} MB.`);
				this.#failRunning(`the document is too large or too complex to check within ${limit} MB of memory`);
			} else {
				this.#log.error(`The ${this.#name} checker thread stopped (exit code ${code}); it starts again with the next check.`);
				this.#failRunning(`the checker thread stopped (exit code ${code})`);
			}
		});
		worker.unref();
		this.#worker = worker;
		return worker;
	}

	#failRunning(reason: string): void {
		this.#clearTimer();
		const running = this.#running;
		this.#running = undefined;
		if (running) {
			this.#settle(running, { kind: 'failed', message: reason });
		}
		setImmediate(() => this.#pump());
	}

	#restart(reason: string): void {
		const worker = this.#worker;
		this.#worker = undefined;
		void worker?.terminate();
		this.#failRunning(reason);
	}

	#onMessage(message: FromChecker): void {
		if (message.type === 'log') {
			this.#log[message.level](message.message);
			return;
		}
		const running = this.#running;
		if (!running || running.request.id !== message.id) {
			return;
		}
		this.#clearTimer();
		this.#running = undefined;
		if (message.type === 'failure') {
			this.#settle(running, { kind: 'failed', message: message.message });
		} else if (message.cancelled || Atomics.load(running.flag, 0) !== 0) {
			this.#settle(running, { kind: 'cancelled' });
		} else {
			this.#settle(running, { kind: 'done', response: message });
		}
		this.#pump();
	}
}
