/**
 * Where the CLI's check threads collect their young garbage. V8 splits each scavenge (a young-generation collection)
 * between the thread that allocated and helper tasks on Node's platform threads, which pays off when cores are idle.
 * A parallel check keeps every core busy with a check thread, so the helpers wait for a core another check thread is
 * using while the thread that started the scavenge waits for them. Each check thread runs 26-31 scavenges over the
 * dev corpus. With scavenges kept on the thread that needs them, on Node 20 and 2 cores (alternating runs, medians):
 * the 80 dev connectors 1145 → 1084 ms, 400 connectors (the dev corpus five times) 3.91 → 3.69 s, 400 small ones
 * 831 → 812 ms, with the same findings.
 */
import { setFlagsFromString } from 'node:v8';
import { isKnownV8 } from './tiering';

/**
 * Turns parallel scavenging off for the whole process (V8's flags are shared by all its threads; V8 reads this one at
 * each scavenge), on the V8 versions it was measured on; returns whether it did. For a process whose cores are all
 * busy with its own threads: the CLI calls it before it starts its check threads.
 */
export function scavengeOnOwnThread(v8Version: string = process.versions.v8, setFlags: (flags: string) => void = setFlagsFromString): boolean {
	if (!isKnownV8(v8Version)) {
		return false;
	}
	setFlags('--no-parallel-scavenge');
	return true;
}
