import { spawnSync } from 'node:child_process';

/**
 * The CLI's floor (bench/floor.ts, built to `script`): reading and `parseTree`-ing the files the CLI reads in `corpus`,
 * `passes` times in one process of its own; each pass's time in ms.
 */
export function floorPasses(script: string, corpus: string, passes: number): number[] {
	const result = spawnSync(process.execPath, [script, corpus, String(passes)], { encoding: 'utf8', maxBuffer: 1024 * 1024 });
	if (result.status !== 0) {
		throw new Error(`the floor's process exited ${result.status}: ${String(result.stderr).split('\n')[0]}`);
	}
	return JSON.parse(result.stdout) as number[];
}
