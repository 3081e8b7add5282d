/**
 * One worker thread of `npm run fuzz` (scripts/fuzz.ts): runs the cases it is sent, one at a time, and answers with
 * the outcome and the time taken. The main thread owns the time and memory budget: it terminates this worker when a
 * case runs over, and Node stops it when its heap passes the limit the main thread set.
 */
import { parentPort } from 'node:worker_threads';
import { FUZZ_TARGETS } from '../test/fuzz/properties';

export interface CaseMessage {
	readonly id: number;
	readonly target: string;
	readonly input: { readonly label: string };
}

export type OutcomeMessage = { readonly id: number; readonly ms: number; readonly error?: string } | { readonly ready: true };

const port = parentPort!;

port.on('message', (message: CaseMessage) => {
	void (async () => {
		const target = FUZZ_TARGETS.find((candidate) => candidate.name === message.target)!;
		const started = performance.now();
		let error: string | undefined;
		try {
			await (target.run as (input: unknown) => void | Promise<void>)(message.input);
		} catch (caught) {
			error = caught instanceof Error ? (caught.stack ?? caught.message) : String(caught);
		}
		port.postMessage({ id: message.id, ms: performance.now() - started, error } satisfies OutcomeMessage);
	})();
});

port.postMessage({ ready: true } satisfies OutcomeMessage);
