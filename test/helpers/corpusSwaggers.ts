import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Each connector folder of a corpus with its definition file, by folder name (one upstream connector names its file
 * `De-Lijn-Zoek.swagger.json`, so any `*.swagger.json` is taken). None when the corpus is not there.
 */
export function corpusSwaggers(corpus: string): { name: string; path: string }[] {
	if (!existsSync(corpus)) {
		return [];
	}
	const found: { name: string; path: string }[] = [];
	for (const name of readdirSync(corpus).sort()) {
		const folder = join(corpus, name);
		if (!statSync(folder).isDirectory()) {
			continue;
		}
		const file = readdirSync(folder).find((f) => f.toLowerCase().endsWith('.swagger.json'));
		if (file) {
			found.push({ name, path: join(folder, file) });
		}
	}
	return found;
}
