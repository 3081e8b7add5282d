/**
 * The CLI's connectors spread over worker threads, one connector at a time each, so a run over a repository uses every
 * core. Each thread loads the same bundle (the CLI's own file, told apart by `workerData`) and runs `checkTarget`;
 * results are put back in the targets' order, so the output does not depend on which thread finished first.
 */
import { parentPort, Worker } from 'node:worker_threads';
import type { EngineConfig } from '../engine/index';
import { checkTarget, type CheckOptions, type ParallelCheck, type Target, type TargetResult } from './check';

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

/** A `ParallelCheck` over up to `threads` workers started from `script` (the CLI bundle). */
export function checkInWorkers(script: string, threads: number): ParallelCheck {
	return (targets, config, options) =>
		new Promise<TargetResult[]>((resolve, reject) => {
			const results: TargetResult[] = new Array<TargetResult>(targets.length);
			const { cwd, quiet, against, baseline } = options;
			const plain: CheckOptions = { cwd, quiet, ...(against !== undefined ? { against } : {}), ...(baseline !== undefined ? { baseline } : {}) };
			const workers: Worker[] = [];
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
			const feed = (worker: Worker) => {
				if (next < targets.length) {
					const index = next++;
					worker.postMessage({ index, target: targets[index], config, options: plain } satisfies Job);
				}
			};
			for (let i = 0; i < Math.max(1, Math.min(threads, targets.length)); i++) {
				const worker = new Worker(script, { workerData: { role: CHECK_WORKER_ROLE } });
				workers.push(worker);
				worker.on('message', (reply: Reply) => {
					if ('error' in reply) {
						settle(new Error(reply.error));
						return;
					}
					results[reply.index] = reply.result;
					if (++done === targets.length) {
						settle();
					} else {
						feed(worker);
					}
				});
				worker.on('error', (error) => settle(error));
				worker.on('exit', (code) => {
					if (!settled) {
						settle(new Error(`a check thread stopped (exit code ${code})`));
					}
				});
				feed(worker);
			}
		});
}
