/**
 * The V8 flags a CLI check's threads run under, set for the whole process before the threads compile their bundle:
 * by the launcher for a `check` given first (cliLauncher.ts), else by the CLI before it starts any thread (cli.ts);
 * set twice, they change nothing the second time. A code cache is named by the flags it was made under, so a thread
 * compiles and saves its cache under these (checkThreadLauncher.ts), and none is set while threads run. Of the three,
 * the interrupt budget and `--expose-gc` change that name (`cachedDataVersionTag`); `--no-parallel-scavenge` does not.
 */
import { allowFullCollections } from './heapCollector';
import { scavengeOnOwnThread } from './scavenge';
import { optimizeOnlyWhatStaysHot } from './tiering';

export function setCheckThreadFlags(): void {
	optimizeOnlyWhatStaysHot();
	scavengeOnOwnThread();
	try {
		allowFullCollections();
	} catch {
		// The threads' collector does without (host/heapCollector.ts).
	}
}
