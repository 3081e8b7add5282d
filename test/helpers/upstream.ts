/** Real connectors and fix pairs copied from microsoft/PowerPlatformConnectors for the tests (see its README.md). */
import { join } from 'node:path';

export const UPSTREAM = join(__dirname, '..', 'fixtures', 'upstream');

/** A fix pair's folder (`before.json`, `after.json`, `meta.txt`), e.g. `upstreamPair('03-Connect2All')`. */
export function upstreamPair(name: string): string {
	return join(UPSTREAM, 'pairs', name);
}
