// `npm run bench:spectral` (not a test): issue 15's held-out comparison, made in one session on files of the same
// scale. The dev corpus is copied until it holds as many swaggers as the upstream connectors repository (13 copies of
// 80 connectors: 1,040 swaggers and 132 MiB of them, against 1,034 and 76 MiB upstream); then Spectral's CLI, with
// the connector ruleset beside this script, lints every swagger once, and our CLI checks every connector three times
// (it checks apiProperties.json, the icon and intro.md as well). Prints both wall times and peak RSS, the ratio, and
// the target (our CLI at least 20× faster, with no more memory); and beside ours, as issue 15 first measured the CLI,
// a process that only reads and parses the same files (bench/floor.ts).
//
// Spectral is installed into a temporary folder by this script (npm registry, pinned version) and never becomes a
// dependency of the project. Peak RSS comes from GNU time (`/usr/bin/time`) where there is one.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { floorPasses } from './floorProcess';
import { stats } from './stats';

const ROOT = join(__dirname, '..');
const CORPUS = join(ROOT, '..', 'shared', 'corpus', 'dev');
const SPECTRAL_VERSION = '6.16.3';
const COPIES = Number(process.env.BENCH_COPIES ?? 13);
const OUR_RUNS = 3;
const TARGET_RATIO = 20;
const GNU_TIME = '/usr/bin/time';

const work = mkdtempSync(join(tmpdir(), 'connector-certify-bench-spectral-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));
let measured = 0;

interface Measured {
	readonly ms: number;
	readonly peakRssMb: number | undefined;
	readonly exit: number | null;
}

/** Runs a command to the end; its wall time, and its peak RSS when GNU time can report it. */
function measure(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Measured {
	const rssFile = join(work, `rss-${measured++}`);
	const timed = existsSync(GNU_TIME);
	const start = performance.now();
	const result = timed
		? spawnSync(GNU_TIME, ['-f', '%M', '-o', rssFile, command, ...args], { cwd, env, maxBuffer: 1024 * 1024 * 1024 })
		: spawnSync(command, args, { cwd, env, maxBuffer: 1024 * 1024 * 1024 });
	const ms = performance.now() - start;
	if (result.error) {
		throw result.error;
	}
	const rssKb = timed ? Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop()) : NaN;
	return { ms, peakRssMb: Number.isFinite(rssKb) ? rssKb / 1024 : undefined, exit: result.status };
}

function copyCorpus(): { folder: string; swaggers: number; swaggerMib: number } {
	const folder = join(work, 'corpus');
	const connectors = readdirSync(CORPUS).filter((name) => statSync(join(CORPUS, name)).isDirectory());
	let swaggers = 0;
	let swaggerBytes = 0;
	for (const name of connectors) {
		for (const file of readdirSync(join(CORPUS, name))) {
			if (file.endsWith('.json') && file.includes('swagger')) {
				swaggerBytes += statSync(join(CORPUS, name, file)).size;
				swaggers++;
			}
		}
		for (let copy = 1; copy <= COPIES; copy++) {
			cpSync(join(CORPUS, name), join(folder, `${copy}-${name}`), { recursive: true });
		}
	}
	return { folder, swaggers: swaggers * COPIES, swaggerMib: (swaggerBytes * COPIES) / 1048576 };
}

function installSpectral(): string {
	const prefix = join(work, 'spectral');
	const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
	const result = spawnSync(npm, ['install', '--prefix', prefix, '--no-audit', '--no-fund', '--loglevel=error', `@stoplight/spectral-cli@${SPECTRAL_VERSION}`], { encoding: 'utf8' });
	if (result.status !== 0) {
		throw new Error(`could not install Spectral ${SPECTRAL_VERSION}: ${(result.stderr || result.stdout).trim().split('\n').pop()}`);
	}
	copyFileSync(join(__dirname, 'spectral-connector-ruleset.yaml'), join(prefix, '.spectral.yaml'));
	return prefix;
}

function main(): void {
	if (!existsSync(CORPUS)) {
		console.error(`bench:spectral needs the dev corpus at ${CORPUS}`);
		process.exitCode = 2;
		return;
	}
	const corpus = copyCorpus();
	console.log(`Corpus: the dev corpus copied ${COPIES} times, ${corpus.swaggers} swaggers, ${corpus.swaggerMib.toFixed(0)} MiB of them.`);
	const spectralPrefix = installSpectral();
	const spectralCli = join(spectralPrefix, 'node_modules', '@stoplight', 'spectral-cli', 'dist', 'index.js');
	// Spectral expands the glob itself; every swagger of the copies is linted in one run, as a CI job would.
	const spectral = measure(process.execPath, [spectralCli, 'lint', join(corpus.folder, '*', '*swagger*.json'), '--ruleset', join(spectralPrefix, '.spectral.yaml'), '--format', 'json', '--output', join(work, 'spectral.json')], spectralPrefix);
	if (spectral.exit !== 0 && spectral.exit !== 1) {
		throw new Error(`Spectral exited ${spectral.exit}`);
	}
	// The CLI's code cache (host/codeCache.ts) in a folder of the bench's own, as `npm run bench` keeps it, so the runs
	// neither use nor change the user's: the first run makes it, the median is a run that uses it.
	const env = { ...process.env, NODE_DISABLE_COMPILE_CACHE: '', NODE_COMPILE_CACHE: join(work, 'code-cache') };
	const ours: Measured[] = [];
	for (let run = 0; run < OUR_RUNS; run++) {
		const result = measure(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'check', corpus.folder, '--format', 'json'], ROOT, env);
		if (result.exit !== 0 && result.exit !== 1) {
			throw new Error(`the CLI exited ${result.exit}`);
		}
		ours.push(result);
	}
	const oursMs = stats(ours.map((run) => run.ms)).median;
	const oursRss = ours.every((run) => run.peakRssMb !== undefined) ? Math.max(...ours.map((run) => run.peakRssMb!)) : undefined;
	const ratio = spectral.ms / oursMs;
	const mb = (value: number | undefined) => (value === undefined ? 'not measured' : `${value.toFixed(0)} MB`);
	console.log(`Spectral ${SPECTRAL_VERSION} (spectral:oas and the connector ruleset), one run: ${(spectral.ms / 1000).toFixed(1)} s, peak RSS ${mb(spectral.peakRssMb)}.`);
	console.log(`connector-certify check, ${OUR_RUNS} runs: median ${(oursMs / 1000).toFixed(2)} s (${ours.map((run) => (run.ms / 1000).toFixed(2)).join(', ')}), peak RSS ${mb(oursRss)}.`);
	// Issue 15's first measure, at the scale it was taken: before the work, the CLI took about 9× this.
	const floorMs = floorPasses(join(ROOT, 'dist', 'bench', 'floor.js'), corpus.folder, 1)[0];
	console.log(`A process that only reads the same files and parseTree-s the JSON ones (bench/floor.ts), one pass: ${(floorMs / 1000).toFixed(2)} s; our CLI ${(oursMs / floorMs).toFixed(2)}× that (informational; issue 15 measured about 9× on the upstream swaggers before the work).`);
	const memoryMet = oursRss !== undefined && spectral.peakRssMb !== undefined ? oursRss <= spectral.peakRssMb : undefined;
	console.log(`Target (issue 15): at least ${TARGET_RATIO}× faster than Spectral: ${ratio.toFixed(1)}×, ${ratio >= TARGET_RATIO ? 'met' : 'missed'}; no more memory: ${memoryMet === undefined ? 'not measured' : memoryMet ? 'met' : 'missed'}.`);
}

main();
