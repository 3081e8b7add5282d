/**
 * The young generation of the language server's threads. The server's process is started with `--max-semi-space-size`
 * for its main thread (protocol/launch.ts), and V8 applies that flag to every heap it creates, over the young
 * generation a worker's resourceLimits ask for: the checker threads, which allocate a check's worth of short-lived
 * objects, got 4 MB instead of 16, and editing Encodian, a check's minor collections took 31-35 ms instead of 17-20
 * and edits 200-228 ms instead of 187-194 (medians). V8 reads the flag only when it creates a heap, so clearing it once
 * the main thread runs keeps it to the main thread.
 */
import { setFlagsFromString } from 'node:v8';

/** Lets each thread started from now on size its young generation by its resourceLimits (0 is V8's "not set"). */
export function youngGenerationFlagForMainThreadOnly(setFlags: (flags: string) => void = setFlagsFromString): void {
	setFlags('--max-semi-space-size=0');
}
