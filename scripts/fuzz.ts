/**
 * `npm run fuzz -- [--cases N] [--seed S|random] [--timeout-ms T] [--memory-mb M] [--workers W] [--only a,b] [--out folder]`
 * `npm run fuzz -- --replay fuzz-failures/<file>.json`
 *
 * Long fuzz runs of the engine in-process: the generators and properties of test/fuzz (the parser, $ref resolution,
 * every rule, fix-all, package --check, the language features), at a larger scale (LONG_SCALE) and over thousands of
 * cases, dealt round the targets by weight. Each case runs in a worker thread (one per core) within a time budget and
 * a heap limit: a case over the budget is a hang (the worker is terminated and replaced), one over the heap limit an
 * out-of-memory, an exception or a broken property a crash; none of them stops the run. Every failing input is saved
 * with its seed and a command that replays it. Failures that match a known, reported bug (KNOWN_BUGS in
 * test/fuzz/properties.ts) are counted apart and do not fail the run. Exit code 0 without crash, hang or
 * out-of-memory, 1 otherwise, 2 for bad arguments.
 *
 * The default seed is fixed so a run is repeatable (a regression gate); `--seed random` explores new cases.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import * as fc from 'fast-check';
import { LONG_SCALE } from '../test/fuzz/arbitraries';
import { FUZZ_TARGETS, knownBugOf, type FailureKind } from '../test/fuzz/properties';
import type { CaseMessage, OutcomeMessage } from './fuzz-worker';

const REPO_ROOT = path.join(__dirname, '..');
const DEFAULT_SEED = 20261203;

/** How many cases of each target per round: the rules and the features built on them get the most. */
const WEIGHTS: Readonly<Record<string, number>> = { 'parse-text': 1, 'parse-bytes': 1, 'parse-valid': 1, refs: 1, 'ref-graph': 1, rules: 3, 'fix-all': 2, 'package-check': 2, language: 2 };

/** Inputs are generated this many at a time per target: a fresh fast-check sample, so memory stays bounded. */
const CHUNK = 25;

interface Options {
	readonly cases: number;
	readonly seed: number;
	readonly timeoutMs: number;
	readonly memoryMb: number;
	readonly workers: number;
	readonly targets: readonly string[];
	readonly out: string;
	readonly replay?: string;
}

function usage(message: string): never {
	console.error(`fuzz: ${message}\nusage: npm run fuzz -- [--cases N] [--seed S|random] [--timeout-ms T] [--memory-mb M] [--workers W] [--only ${FUZZ_TARGETS.map((t) => t.name).join(',')}] [--out folder] | --replay <file>`);
	process.exit(2);
}

function options(): Options {
	let values;
	try {
		({ values } = parseArgs({
			options: {
				cases: { type: 'string', default: '1000' },
				seed: { type: 'string', default: String(DEFAULT_SEED) },
				'timeout-ms': { type: 'string', default: '5000' },
				'memory-mb': { type: 'string', default: '1024' },
				// One core is left to V8's collector and compiler threads and to this process: a case's time budget is
				// on the clock, and with a worker on every core of a 2-core machine a linear 3 s case (20,000 shared
				// parameters) read as a 5 s hang.
				workers: { type: 'string', default: String(Math.max(1, availableParallelism() - 1)) },
				only: { type: 'string' },
				out: { type: 'string', default: path.join(REPO_ROOT, 'fuzz-failures') },
				replay: { type: 'string' },
			},
		}));
	} catch (error) {
		usage((error as Error).message);
	}
	const count = (name: string, text: string, min: number) => {
		const value = Number(text);
		if (!Number.isInteger(value) || value < min) {
			usage(`--${name} takes a whole number of at least ${min}, not "${text}"`);
		}
		return value;
	};
	const targets = values.only ? values.only.split(',').map((name) => name.trim()) : FUZZ_TARGETS.map((t) => t.name);
	const unknown = targets.filter((name) => !FUZZ_TARGETS.some((t) => t.name === name));
	if (unknown.length) {
		usage(`unknown target ${unknown.join(', ')}`);
	}
	return {
		cases: count('cases', values.cases, 1),
		seed: values.seed === 'random' ? Math.floor(Math.random() * 2 ** 31) : count('seed', values.seed, 0),
		timeoutMs: count('timeout-ms', values['timeout-ms'], 1),
		memoryMb: count('memory-mb', values['memory-mb'], 16),
		workers: count('workers', values.workers, 1),
		targets,
		out: path.resolve(values.out),
		replay: values.replay,
	};
}

// ---------------------------------------------------------------------------------------------------------------
// Inputs, their files and their generation

/** Reproducer files are JSON: byte arrays as base64, strings as they are (lone surrogates survive JSON's escapes). */
function encode(value: unknown): string {
	return JSON.stringify(value, (_, item: unknown) => (item instanceof Uint8Array ? { $bytes: Buffer.from(item).toString('base64') } : item), '\t');
}

function decode(text: string): unknown {
	return JSON.parse(text, (_, item: unknown) => (item && typeof item === 'object' && '$bytes' in item ? new Uint8Array(Buffer.from((item as { $bytes: string }).$bytes, 'base64')) : item));
}

/** A seed for one chunk of one target, mixed from the run's seed (so chunks and targets draw unrelated cases). */
function chunkSeed(seed: number, target: number, chunk: number): number {
	let h = (seed ^ 0x9e3779b9) >>> 0;
	for (const value of [target, chunk]) {
		h = Math.imul(h ^ value, 0x85ebca6b) >>> 0;
		h = (h ^ (h >>> 13)) >>> 0;
	}
	return h & 0x7fffffff;
}

/** The run's cases in order: which target each is, and its input, generated lazily a chunk at a time. */
class Cases {
	readonly #schedule: string[];
	readonly #made = new Map<string, number>();
	readonly #buffers = new Map<string, { label: string }[]>();

	constructor(
		readonly seed: number,
		targets: readonly string[],
	) {
		this.#schedule = targets.flatMap((name) => new Array<string>(WEIGHTS[name] ?? 1).fill(name));
	}

	next(index: number): { target: string; input: { label: string } } {
		const target = this.#schedule[index % this.#schedule.length];
		let buffer = this.#buffers.get(target);
		if (!buffer?.length) {
			const made = this.#made.get(target) ?? 0;
			const targetIndex = FUZZ_TARGETS.findIndex((t) => t.name === target);
			const arbitrary = FUZZ_TARGETS[targetIndex].arbitrary(LONG_SCALE) as fc.Arbitrary<{ label: string }>;
			buffer = fc.sample(arbitrary, { seed: chunkSeed(this.seed, targetIndex, made / CHUNK), numRuns: CHUNK });
			this.#made.set(target, made + CHUNK);
			this.#buffers.set(target, buffer);
		}
		return { target, input: buffer.shift()! };
	}
}

// ---------------------------------------------------------------------------------------------------------------
// Workers

/** The worker file runs as TypeScript through tsx's CommonJS hook, as the rest of the scripts do. */
const WORKER_SOURCE = `require(${JSON.stringify(require.resolve('tsx/cjs/api'))}).register(); require(${JSON.stringify(path.join(__dirname, 'fuzz-worker.ts'))});`;

interface Outcome {
	readonly kind: 'ok' | FailureKind;
	readonly ms: number;
	readonly error?: string;
}

/** A worker thread that runs one case at a time within the budget, replaced after a hang or an out-of-memory. */
class Runner {
	#worker!: Worker;
	#ready!: Promise<void>;
	#pending?: { id: number; resolve: (outcome: Outcome) => void; timer: NodeJS.Timeout; started: number };
	#ids = 0;

	constructor(readonly options: Options) {
		this.#start();
	}

	#start(): void {
		const worker = new Worker(WORKER_SOURCE, { eval: true, resourceLimits: { maxOldGenerationSizeMb: this.options.memoryMb }, stdout: true, stderr: false });
		this.#worker = worker;
		let ready = false;
		this.#ready = new Promise((resolve, reject) => {
			// A worker that dies before it is ready (the engine does not load, or not within the heap limit) ends the run.
			const failed = (error: Error & { code?: string }) => {
				if (!ready) {
					reject(new Error(`the fuzz worker did not start: ${error.message}`));
					return;
				}
				if (worker !== this.#worker) {
					return;
				}
				const outOfMemory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
				this.#finish({ kind: outOfMemory ? 'out-of-memory' : 'crash', ms: this.#elapsed(), error: outOfMemory ? `over the ${this.options.memoryMb} MB heap limit: ${error.message}` : (error.stack ?? error.message) }, true);
			};
			worker.on('message', (message: OutcomeMessage) => {
				if ('ready' in message) {
					ready = true;
					resolve();
				} else if (worker === this.#worker && this.#pending?.id === message.id) {
					this.#finish({ kind: message.error === undefined ? 'ok' : 'crash', ms: message.ms, error: message.error });
				}
			});
			worker.on('error', failed);
			worker.on('exit', (code) => failed(new Error(`the worker exited with code ${code}`)));
		});
		// Handled where a case awaits it; a replacement that fails with no case left must not end the run unhandled.
		this.#ready.catch(() => undefined);
		// Output of the product under test is not the report's.
		worker.stdout.resume();
	}

	#elapsed(): number {
		return this.#pending ? performance.now() - this.#pending.started : 0;
	}

	#finish(outcome: Outcome, replace = false): void {
		const pending = this.#pending;
		if (replace && this.#worker) {
			const dead = this.#worker;
			this.#worker = undefined as unknown as Worker;
			void dead.terminate();
			this.#start();
		}
		if (pending) {
			clearTimeout(pending.timer);
			this.#pending = undefined;
			pending.resolve(outcome);
		}
	}

	async run(target: string, input: { label: string }): Promise<Outcome> {
		await this.#ready;
		return new Promise<Outcome>((resolve) => {
			const id = ++this.#ids;
			const timer = setTimeout(() => this.#finish({ kind: 'hang', ms: this.#elapsed(), error: `over the ${this.options.timeoutMs} ms budget` }, true), this.options.timeoutMs);
			this.#pending = { id, resolve, timer, started: performance.now() };
			this.#worker.postMessage({ id, target, input } satisfies CaseMessage);
		});
	}

	async close(): Promise<void> {
		const worker = this.#worker;
		this.#worker = undefined as unknown as Worker;
		await worker?.terminate();
	}
}

// ---------------------------------------------------------------------------------------------------------------
// The run

interface Failure {
	readonly index: number;
	readonly target: string;
	readonly kind: FailureKind;
	readonly error: string;
	readonly label: string;
	readonly file: string;
	readonly known?: string;
}

function replayCommand(file: string): string {
	return `npm run fuzz -- --replay ${path.relative(REPO_ROOT, file) || file}`;
}

function saveFailure(options: Options, seed: number, index: number, target: string, input: { label: string }, outcome: Outcome, known: string | undefined): string {
	mkdirSync(options.out, { recursive: true });
	const file = path.join(options.out, `${target}-seed${seed}-case${index}.json`);
	const record = { target, seed, case: index, kind: outcome.kind, known, ms: Math.round(outcome.ms), label: input.label, error: outcome.error, replay: replayCommand(file), input };
	writeFileSync(file, `${encode(record)}\n`);
	return file;
}

const firstLine = (text: string | undefined) => (text ?? '').split('\n')[0].slice(0, 300);

async function fuzz(options: Options): Promise<number> {
	const started = performance.now();
	const cases = new Cases(options.seed, options.targets);
	const runners = Array.from({ length: Math.min(options.workers, options.cases) }, () => new Runner(options));
	console.log(`connector-certify fuzz: seed ${options.seed}, ${options.cases} cases over ${options.targets.join(', ')}; ${options.timeoutMs} ms and ${options.memoryMb} MB per case, ${runners.length} workers`);
	const perTarget = new Map<string, { cases: number; crash: number; hang: number; 'out-of-memory': number; known: number; slowest: number }>();
	const failures: Failure[] = [];
	let slowest: { ms: number; index: number; target: string; label: string } | undefined;
	let next = 0;
	let done = 0;
	const work = async (runner: Runner) => {
		while (next < options.cases) {
			const index = next++;
			const { target, input } = cases.next(index);
			const outcome = await runner.run(target, input);
			const stats = perTarget.get(target) ?? { cases: 0, crash: 0, hang: 0, 'out-of-memory': 0, known: 0, slowest: 0 };
			perTarget.set(target, stats);
			stats.cases++;
			stats.slowest = Math.max(stats.slowest, outcome.ms);
			if (outcome.kind === 'ok' && (!slowest || outcome.ms > slowest.ms)) {
				slowest = { ms: outcome.ms, index, target, label: input.label };
			}
			if (outcome.kind !== 'ok') {
				const known = knownBugOf({ target, kind: outcome.kind, error: outcome.error, input });
				if (known) {
					stats.known++;
				} else {
					stats[outcome.kind]++;
				}
				const file = saveFailure(options, options.seed, index, target, input, outcome, known?.id);
				failures.push({ index, target, kind: outcome.kind, error: firstLine(outcome.error), label: input.label, file, known: known?.id });
				if (!known) {
					console.log(`  ${outcome.kind} in ${target} case ${index} (${Math.round(outcome.ms)} ms): ${firstLine(outcome.error)}\n    ${input.label.slice(0, 300)}\n    replay: ${replayCommand(file)}`);
				}
			}
			done++;
			if (done % 500 === 0) {
				console.log(`  ${done} cases, ${((performance.now() - started) / 1000).toFixed(0)} s`);
			}
		}
	};
	await Promise.all(runners.map(work));
	await Promise.all(runners.map((runner) => runner.close()));

	const total = (kind: 'crash' | 'hang' | 'out-of-memory' | 'known') => [...perTarget.values()].reduce((sum, stats) => sum + stats[kind], 0);
	const rows = options.targets.map((name) => {
		const stats = perTarget.get(name) ?? { cases: 0, crash: 0, hang: 0, 'out-of-memory': 0, known: 0, slowest: 0 };
		return [name, stats.cases, stats.crash, stats.hang, stats['out-of-memory'], stats.known, Math.round(stats.slowest)].map(String);
	});
	const header = ['target', 'cases', 'crashes', 'hangs', 'out of memory', 'known bugs', 'slowest ms'];
	const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
	const line = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
	const knownFailures = failures.filter((failure) => failure.known);
	const report = [
		'',
		line(header),
		...rows.map(line),
		'',
		`Cases run: ${done} in ${((performance.now() - started) / 1000).toFixed(1)} s (seed ${options.seed})`,
		`Crashes (exceptions and broken properties): ${total('crash')}`,
		`Hangs (over ${options.timeoutMs} ms): ${total('hang')}`,
		`Out of memory (over ${options.memoryMb} MB): ${total('out-of-memory')}`,
		`Known bugs (reported, tolerated; KNOWN_BUGS in test/fuzz/properties.ts): ${knownFailures.length}${knownFailures.length ? ` (${[...new Set(knownFailures.map((failure) => failure.known))].join(', ')})` : ''}`,
		slowest ? `Slowest case: ${Math.round(slowest.ms)} ms, ${slowest.target} case ${slowest.index}: ${slowest.label.slice(0, 400)}` : 'Slowest case: none passed',
		failures.length ? `Reproducers: ${failures.length} in ${path.relative(REPO_ROOT, options.out) || options.out}/ (replay one with npm run fuzz -- --replay <file>)` : 'Reproducers: none written',
	];
	console.log(report.join('\n'));
	return total('crash') + total('hang') + total('out-of-memory') > 0 ? 1 : 0;
}

async function replay(options: Options, file: string): Promise<number> {
	const record = decode(readFileSync(file, 'utf8')) as { target: string; seed: number; case: number; input: { label: string } };
	console.log(`Replaying ${record.target} case ${record.case} of seed ${record.seed} (${options.timeoutMs} ms, ${options.memoryMb} MB): ${record.input.label.slice(0, 400)}`);
	const runner = new Runner(options);
	const outcome = await runner.run(record.target, record.input);
	await runner.close();
	if (outcome.kind === 'ok') {
		console.log(`Passed in ${Math.round(outcome.ms)} ms.`);
		return 0;
	}
	const known = knownBugOf({ target: record.target, kind: outcome.kind, error: outcome.error, input: record.input });
	console.log(`${outcome.kind} after ${Math.round(outcome.ms)} ms${known ? ` (known bug ${known.id})` : ''}:\n${outcome.error ?? ''}`);
	return 1;
}

const parsed = options();
(parsed.replay ? replay(parsed, parsed.replay) : fuzz(parsed)).then(
	(code) => process.exit(code),
	(error: unknown) => {
		console.error(error);
		process.exit(2);
	},
);
