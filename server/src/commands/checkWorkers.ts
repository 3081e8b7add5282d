/**
 * The CLI's connectors spread over worker threads, one connector at a time each, so a run over a repository uses every
 * core. Each thread loads the same bundle (the CLI's own file, told apart by `workerData`) and runs `checkTarget`;
 * results are put back in the targets' order, so the output does not depend on which thread finished first.
 */
import { parentPort, Worker } from 'node:worker_threads';
import type { EngineConfig } from '../engine/index';
import { FILE_KINDS, isJsonFileKind } from '../core/connector';
import type { Finding } from '../engine/index';
import { checkTarget, type CheckedFile, type CheckOptions, type ParallelCheck, type Target, type TargetResult } from './check';

/** Marks a check worker in `workerData`. */
export const CHECK_WORKER_ROLE = 'connector-certify/check-worker';

interface Job {
	readonly index: number;
	readonly target: Target;
	readonly config: EngineConfig;
	readonly options: CheckOptions;
}

type Reply = { readonly index: number; readonly result: TargetResult } | { readonly index: number; readonly error: string };

/** The worker's side: check each connector it is sent, and send back the result or the error's first line. */
export function runCheckWorker(): void {
	const port = parentPort;
	port?.on('message', (job: Job) => {
		checkTarget(job.target, job.config, job.options).then(
			(result) => port.postMessage({ index: job.index, result } satisfies Reply),
			(error: unknown) => port.postMessage({ index: job.index, error: (error instanceof Error ? error.message : String(error)).split('\n')[0] } satisfies Reply),
		);
	});
}

/** What one connector may use in a check thread (`--max-memory`, `--time-limit`). */
export interface CheckLimits {
	/** The thread's old-generation heap, in MB. */
	readonly maxMemoryMb: number;
	/** Seconds one connector may take. */
	readonly timeLimitSeconds: number;
}

export const DEFAULT_CHECK_LIMITS: CheckLimits = { maxMemoryMb: 2048, timeLimitSeconds: 120 };

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
		const finding: Finding = {
			ruleId: CHECK_FAILED_CODE,
			severity: 'error',
			message: `Connector Certify could not check this connector: ${reason}. The file is too large or too complex; the other connectors were checked.`,
			file: kind,
			path: [],
			jsonPointer: '',
			range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
			docsUrl: '',
		};
		files.push({ absolutePath: file, kind, lineCount: 1, findings: [finding] });
	}
	return { files, problems: [], notes: [], updates: [] };
}

/**
 * A `ParallelCheck` over up to `threads` workers started from `script` (the CLI bundle). Each worker runs with
 * `limits.maxMemoryMb` of heap, and a connector gets `limits.timeLimitSeconds`: a connector that runs a worker out of
 * memory or out of time gets an error finding (`unfinishedResult`), its worker is replaced, and the run goes on.
 */
export function checkInWorkers(script: string, threads: number, limits: CheckLimits = DEFAULT_CHECK_LIMITS): ParallelCheck {
	return (targets, config, options) =>
		new Promise<TargetResult[]>((resolve, reject) => {
			const results: TargetResult[] = new Array<TargetResult>(targets.length);
			const { cwd, quiet, against, baseline } = options;
			const plain: CheckOptions = { cwd, quiet, ...(against !== undefined ? { against } : {}), ...(baseline !== undefined ? { baseline } : {}) };
			const workers = new Set<Worker>();
			let next = 0;
			let done = 0;
			let settled = false;
			const settle = (error?: Error) => {
				if (settled) {
					return;
				}
				settled = true;
				workers.forEach((worker) => void worker.terminate());
				if (error) {
					reject(error);
				} else {
					resolve(results);
				}
			};
			const finish = (index: number, result: TargetResult) => {
				results[index] = result;
				if (++done === targets.length) {
					settle();
				}
			};
			const start = () => {
				// A worker replaced once nothing is left to check would keep the process alive.
				if (settled || next >= targets.length) {
					return;
				}
				const worker = new Worker(script, { workerData: { role: CHECK_WORKER_ROLE }, resourceLimits: { maxOldGenerationSizeMb: limits.maxMemoryMb } });
				workers.add(worker);
				let current: { index: number; timer: NodeJS.Timeout } | undefined;
				let outOfMemory = false;
				const feed = () => {
					if (next >= targets.length || settled) {
						current = undefined;
						return;
					}
					const index = next++;
					const timer = setTimeout(() => {
						// Out of time: this worker is ended, the connector gets its finding, another worker takes over.
						current = undefined;
						workers.delete(worker);
						void worker.terminate();
						finish(index, unfinishedResult(targets[index], `it was not checked within ${limits.timeLimitSeconds} s (--time-limit)`));
						start();
					}, limits.timeLimitSeconds * 1000);
					current = { index, timer };
					worker.postMessage({ index, target: targets[index], config, options: plain } satisfies Job);
				};
				worker.on('message', (reply: Reply) => {
					if (current?.index !== reply.index) {
						return;
					}
					clearTimeout(current.timer);
					if ('error' in reply) {
						settle(new Error(reply.error));
						return;
					}
					finish(reply.index, reply.result);
					feed();
				});
				worker.on('error', (error: Error & { code?: string }) => {
					if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
						outOfMemory = true; // Its exit says which connector.
						return;
					}
					settle(error);
				});
				worker.on('exit', (code) => {
					if (!workers.delete(worker) || settled) {
						return; // Ended on purpose (out of time, or the run is over).
					}
					const running = current;
					if (!running) {
						return;
					}
					clearTimeout(running.timer);
					if (!outOfMemory) {
						settle(new Error(`a check thread stopped (exit code ${code})`));
						return;
					}
					finish(running.index, unfinishedResult(targets[running.index], `it needs more than ${limits.maxMemoryMb} MB of memory (--max-memory)`));
					start();
				});
				feed();
			};
			for (let i = 0; i < Math.max(1, Math.min(threads, targets.length)); i++) {
				start();
			}
		});
}
