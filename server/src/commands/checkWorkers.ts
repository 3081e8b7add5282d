/**
 * The CLI's connectors spread over worker threads, one connector at a time each, so a run over a repository uses every
 * core. Each thread loads the check threads' bundle (checkThread.ts) and runs `checkTarget`, and writes each file's
 * part of the report when the run says how (see WrittenFile); results are put back in the targets' order, so the
 * output does not depend on which thread finished first.
 */
import { parentPort, type Worker } from 'node:worker_threads';
import type { EngineConfig } from '../engine/index';
import { FILE_KINDS, isJsonFileKind } from '../core/connector';
import { DEFAULT_CHECK_THREAD_MEMORY_MB, startCheckThread, takeEarlyCheckThread } from '../host/earlyCheckThread';
import { HeapCollector } from '../host/heapCollector';
import { checkTarget, countBySeverity, type CheckedFile, type CheckOptions, type ParallelCheck, type ReportedFile, type ReportedFinding, type Target, type TargetResult, type WrittenFile } from './check';

interface Job {
	readonly index: number;
	readonly target: Target;
	readonly config: EngineConfig;
	readonly options: CheckOptions;
	/** How the run's report is written, for the thread's `FilePartWriters`; absent, the findings are sent back. */
	readonly report?: unknown;
}

type Reply = { readonly index: number; readonly result: TargetResult<ReportedFile> } | { readonly index: number; readonly error: string };

/** Writes a file's part of the report, in UTF-8; undefined when it has none. */
export type FilePartWriter = (file: CheckedFile) => Uint8Array | undefined;

/**
 * Makes the `FilePartWriter` of a run from what the run sent (`checkInWorkers`'s `report`, copied to the thread with
 * each connector): the formats are the CLI's (cli/), which the thread's bundle hands to `runCheckWorker`.
 */
export type FilePartWriters<Spec> = (spec: Spec) => FilePartWriter;

/** `result` with each file's part of the report written, and the buffers of the parts, to be moved rather than copied. */
function writtenResult(result: TargetResult, write: FilePartWriter): { result: TargetResult<WrittenFile>; transfer: ArrayBuffer[] } {
	const transfer: ArrayBuffer[] = [];
	const files = result.files.map((file): WrittenFile => {
		const bytes = write(file);
		// A buffer of its own: a small Buffer is a view of a pool shared with others, which cannot be moved.
		const part = bytes && (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : new Uint8Array(bytes));
		if (part) {
			transfer.push(part.buffer as ArrayBuffer);
		}
		return { absolutePath: file.absolutePath, kind: file.kind, lineCount: file.lineCount, counts: countBySeverity(file.findings), part };
	});
	return { result: { ...result, files }, transfer };
}

/**
 * How much a check thread's heap may grow before it collects, between connectors. A thread that always has the next
 * connector waiting never idles, and V8 let its heap grow to 130-205 MB over 400 connectors (the dev corpus five
 * times): the run's peak RSS went from about 400 MB to 421-641 MB. Collecting after 64 MB of growth brought it back
 * to 406-425 MB; the run's time swings more on these machines than it changed (means of six runs: 8.8 s with the
 * collection, 8.1 s without). A connector that needs more than 64 MB collects after its own check.
 */
const CHECK_THREAD_GROWTH_MB = 64;

/**
 * The worker's side: check the connectors it is sent one after the other, sending back each result or the error's
 * first line; each file's part of the report written by `writers` when the run sent how. `afterFirstCheck` runs once,
 * when the first connector is checked and its report written, before its result is sent.
 */
export function runCheckWorker<Spec>(writers?: FilePartWriters<Spec>, afterFirstCheck?: () => void): void {
	const port = parentPort;
	if (!port) {
		return;
	}
	const heap = new HeapCollector(CHECK_THREAD_GROWTH_MB);
	let first = true;
	const firstLine = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0];
	// Never rejects, so one connector's failure cannot stop the queue behind it.
	const run = async (job: Job) => {
		let reply: Reply;
		let transfer: ArrayBuffer[] = [];
		try {
			const result = await checkTarget(job.target, job.config, job.options);
			if (writers && job.report !== undefined) {
				const written = writtenResult(result, writers(job.report as Spec));
				reply = { index: job.index, result: written.result };
				transfer = written.transfer;
			} else {
				reply = { index: job.index, result };
			}
		} catch (error) {
			reply = { index: job.index, error: firstLine(error) };
		}
		if (first) {
			first = false;
			afterFirstCheck?.();
		}
		try {
			port.postMessage(reply, transfer);
		} catch (error) {
			port.postMessage({ index: job.index, error: firstLine(error) } satisfies Reply); // a result that cannot be copied
		}
		heap.collectIfGrown();
	};
	let previous: Promise<void> = Promise.resolve();
	port.on('message', (job: Job) => {
		previous = previous.then(() => run(job));
	});
}

/** What one connector may use in a check thread (`--max-memory`, `--time-limit`). */
export interface CheckLimits {
	/** The thread's old-generation heap, in MB. */
	readonly maxMemoryMb: number;
	/** Seconds one connector may take. */
	readonly timeLimitSeconds: number;
}

export const DEFAULT_CHECK_LIMITS: CheckLimits = { maxMemoryMb: DEFAULT_CHECK_THREAD_MEMORY_MB, timeLimitSeconds: 120 };

/** The rule-like code of the finding a connector gets when it could not be checked within the limits. */
export const CHECK_FAILED_CODE = 'check-failed';

/**
 * The result of a connector that could not be checked within the limits: one error finding at the top of each file it
 * reports on, so the run goes on, says which one, and exits 1 (a finding), not 2 (the input was readable).
 */
export function unfinishedResult(target: Target, reason: string): TargetResult {
	const files: CheckedFile[] = [];
	for (const kind of FILE_KINDS) {
		const file = target.connector.paths[kind];
		if (!file || !target.report.has(kind) || !isJsonFileKind(kind)) {
			continue;
		}
		const finding: ReportedFinding = {
			ruleId: CHECK_FAILED_CODE,
			severity: 'error',
			message: `Connector Certify could not check this connector: ${reason}. The file is too large or too complex; the other connectors were checked.`,
			file: kind,
			jsonPointer: '',
			range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
		};
		files.push({ absolutePath: file, kind, lineCount: 1, findings: [finding] });
	}
	return { files, problems: [], notes: [], updates: [] };
}

/** Connectors sent to a worker before it has finished the first: the next one is waiting when it replies. */
const QUEUED_PER_WORKER = 2;

/**
 * A `ParallelCheck` over up to `threads` workers started from `script` (the check threads' bundle). With `report`,
 * each worker writes the report's part of each file it checks (a `WrittenFile`, see FilePartWriters), or sends the
 * findings back when its bundle has no writers. Each worker runs with `limits.maxMemoryMb` of heap, and a connector
 * gets `limits.timeLimitSeconds`: a connector that runs a worker out of memory or out of time gets an error finding
 * (`unfinishedResult`), its worker is replaced, the connector queued behind it goes to another worker, and the run
 * goes on.
 *
 * Each worker holds the connector it checks and the next one. With one at a time, a worker sat idle for each round
 * trip through this thread: over 400 connectors, one worker took 10.1–12.1 s against 9.3–9.6 s in a single process.
 * The second is only queued while more connectors are left than workers, so none is left idle at the end of a run
 * while another holds two.
 */
export function checkInWorkers(script: string, threads: number, limits?: CheckLimits): ParallelCheck<CheckedFile>;
export function checkInWorkers(script: string, threads: number, limits: CheckLimits, report: unknown): ParallelCheck;
export function checkInWorkers(script: string, threads: number, limits: CheckLimits = DEFAULT_CHECK_LIMITS, report?: unknown): ParallelCheck {
	return (targets, config, options, onResult) =>
		new Promise<TargetResult<ReportedFile>[]>((resolve, reject) => {
			const results = new Array<TargetResult<ReportedFile>>(targets.length);
			const { cwd, quiet, against, baseline } = options;
			const plain: CheckOptions = { cwd, quiet, ...(against !== undefined ? { against } : {}), ...(baseline !== undefined ? { baseline } : {}) };
			const workers = new Map<Worker, (firstOnly?: boolean) => void>(); // each worker and what fills its queue
			const timers = new Set<NodeJS.Timeout>();
			const handedBack: number[] = []; // queued on a worker that ended before reaching them
			let next = 0;
			let done = 0;
			let settled = false;
			const left = () => handedBack.length + targets.length - next;
			const take = () => (handedBack.length > 0 ? handedBack.shift()! : next++);
			const settle = (error?: Error) => {
				if (settled) {
					return;
				}
				settled = true;
				timers.forEach((timer) => clearTimeout(timer));
				workers.forEach((_fill, worker) => void worker.terminate());
				if (error) {
					reject(error);
				} else {
					resolve(results);
				}
			};
			const finish = (index: number, result: TargetResult<ReportedFile>) => {
				results[index] = result;
				onResult?.(result);
				if (++done === targets.length) {
					settle();
				}
			};
			const start = (firstOnly = false) => {
				// A worker replaced once nothing is left to check would keep the process alive.
				if (settled || left() === 0) {
					return;
				}
				// The first may have been started before the CLI itself (host/earlyCheckThread.ts).
				const worker = takeEarlyCheckThread(script, limits.maxMemoryMb) ?? startCheckThread(script, limits.maxMemoryMb);
				const queued: number[] = []; // sent to this worker, in order; it is checking the first
				let timer: NodeJS.Timeout | undefined;
				let outOfMemory = false;
				const send = () => {
					const index = take();
					queued.push(index);
					worker.postMessage({ index, target: targets[index], config, options: plain, ...(report !== undefined ? { report } : {}) } satisfies Job);
				};
				const fill = (firstOnly = false) => {
					if (queued.length === 0 && left() > 0) {
						send();
					}
					while (!firstOnly && !settled && queued.length < QUEUED_PER_WORKER && left() > workers.size) {
						send();
					}
				};
				/** The time limit runs for the connector the worker is checking, from when it starts. */
				const timeFirst = () => {
					if (timer) {
						clearTimeout(timer);
						timers.delete(timer);
						timer = undefined;
					}
					if (queued.length === 0 || settled) {
						return;
					}
					const index = queued[0];
					timer = setTimeout(() => {
						// Out of time: this worker is ended, the connector gets its finding, another worker takes over.
						workers.delete(worker);
						void worker.terminate();
						ended(unfinishedResult(targets[index], `it was not checked within ${limits.timeLimitSeconds} s (--time-limit)`));
					}, limits.timeLimitSeconds * 1000);
					timers.add(timer);
				};
				/** The worker ended on its first connector: that one gets `result`, the rest go back to be taken again. */
				const ended = (result: TargetResult) => {
					if (timer) {
						clearTimeout(timer);
						timers.delete(timer);
					}
					const [first, ...rest] = queued.splice(0);
					handedBack.push(...rest);
					finish(first, result);
					start();
				};
				workers.set(worker, fill);
				worker.on('message', (reply: Reply) => {
					if (queued[0] !== reply.index) {
						return;
					}
					queued.shift();
					if ('error' in reply) {
						settle(new Error(reply.error));
						return;
					}
					finish(reply.index, reply.result);
					fill();
					timeFirst();
					if (queued.length === 0 && left() === 0 && !settled) {
						// Nothing left for it: its teardown overlaps the other threads' last checks instead of following them.
						workers.delete(worker);
						void worker.terminate();
					}
				});
				worker.on('error', (error: Error & { code?: string }) => {
					if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
						outOfMemory = true; // Its exit says which connector.
						return;
					}
					settle(error);
				});
				worker.on('exit', (code) => {
					if (!workers.delete(worker) || settled || queued.length === 0) {
						return; // Ended on purpose (out of time, or the run is over).
					}
					if (!outOfMemory) {
						settle(new Error(`a check thread stopped (exit code ${code})`));
						return;
					}
					ended(unfinishedResult(targets[queued[0]], `it needs more than ${limits.maxMemoryMb} MB of memory (--max-memory)`));
				});
				fill(firstOnly);
				timeFirst();
			};
			const count = Math.max(1, Math.min(threads, targets.length));
			for (let i = 0; i < count; i++) {
				start(true);
			}
			// Every worker has one connector now; the second ones are shared out once all of them exist.
			workers.forEach((fill) => fill());
		});
}
