// The CLI's floor, as issue 15 measured it: a process that only reads the files `check` reads in a corpus and
// `parseTree`s the JSON ones (`node dist/bench/floor.js <corpus> [passes]`, see floorProcess.ts). Prints each pass's time in ms, as JSON,
// timed inside the process: Node's own start and loading this script are left out, so the floor is the lower for it.
//
// A process of its own, not the bench's: in the bench's process, after the engine table had parsed the four largest
// swaggers 20 times each, a pass over the dev corpus took 278-299 ms (medians of 10) against 252-264 in a process that
// had only read and parsed these files, whose own first pass took 344-553 ms.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseTree } from 'jsonc-parser';

/** One pass over `corpus`, a folder of connector folders: every JSON file parsed, the icon, script and readme read. */
function readAndParse(corpus: string): number {
	const start = performance.now();
	for (const name of readdirSync(corpus)) {
		const folder = join(corpus, name);
		if (!statSync(folder).isDirectory()) {
			continue;
		}
		for (const file of readdirSync(folder)) {
			const lower = file.toLowerCase();
			if (lower.endsWith('.json')) {
				parseTree(readFileSync(join(folder, file), 'utf8'), [], { allowTrailingComma: true, disallowComments: false });
			} else if (lower === 'icon.png' || lower === 'script.csx' || lower === 'readme.md') {
				readFileSync(join(folder, file));
			}
		}
	}
	return performance.now() - start;
}

const [corpus, passes = '1'] = process.argv.slice(2);
const times = Array.from({ length: Math.max(1, Number(passes) || 1) }, () => readAndParse(corpus));
process.stdout.write(`${JSON.stringify(times)}\n`);
