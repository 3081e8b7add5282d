// The CLI's interrupt budget (host/tiering.ts): set only on the V8 versions known to have the flag, and with the
// effect it is there for on the V8 running the tests: a function called 20,000 times is optimized by default and not
// under the CLI's budget. The built CLI starts its first check thread under Node's flags and raises the budget before
// it releases the thread to compile its bundle, so the thread compiles (and caches its code) under the flags it checks
// with; a command that checks on the main thread raises it there.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { CLI_INTERRUPT_BUDGET, optimizeOnlyWhatStaysHot } from '../../server/src/host/tiering';
import { CLI, REPO_ROOT } from '../helpers/cli';

const HOT = join(__dirname, '..', 'fixtures', 'tiering', 'hot.ts');
const THREAD_FLAGS = join(__dirname, '..', 'fixtures', 'tiering', 'threadFlags.cjs');
const CLEAN = join(REPO_ROOT, 'test', 'fixtures', 'cli', 'clean-connector');

/** How many times V8 finished optimizing the fixture's `hot` function, by its `--trace-opt` lines. */
function optimizationsOfHot(...args: string[]): number {
	const result = spawnSync(process.execPath, ['--trace-opt', '--import', 'tsx', HOT, ...args], { encoding: 'utf8', timeout: 60_000 });
	assert.equal(result.status, 0, result.stderr);
	assert.match(result.stdout, /^total 480000$/m);
	return result.stdout.split('\n').filter((line) => /completed (optimizing|compiling).*<JSFunction hot\b/.test(line)).length;
}

describe('the CLI leaves optimizing to what stays hot', () => {
	test("sets V8's interrupt budget on V8 10 and 11 (Node 18 and 20), and leaves other versions alone", () => {
		const set: string[] = [];
		assert.equal(optimizeOnlyWhatStaysHot('10.2.154.26-node.36', (flags) => set.push(flags)), true);
		assert.equal(optimizeOnlyWhatStaysHot('11.3.244.8-node.33', (flags) => set.push(flags)), true);
		assert.deepEqual(set, [`--interrupt-budget=${CLI_INTERRUPT_BUDGET}`, `--interrupt-budget=${CLI_INTERRUPT_BUDGET}`]);
		// Node 24's V8 prints "unrecognized flag" for it.
		assert.equal(optimizeOnlyWhatStaysHot('13.6.233.17-node.53', (flags) => set.push(flags)), false);
		assert.equal(optimizeOnlyWhatStaysHot('12.4.254.21-node.33', (flags) => set.push(flags)), false);
		assert.equal(optimizeOnlyWhatStaysHot('9.4.146.26-node.24', (flags) => set.push(flags)), false);
		assert.equal(optimizeOnlyWhatStaysHot('', (flags) => set.push(flags)), false);
		assert.equal(set.length, 2);
	});

	test('a function called 20,000 times is optimized under V8 default budget and not under the CLI one', () => {
		assert.ok(optimizationsOfHot() >= 1, 'optimized by default');
		assert.equal(optimizationsOfHot('cli'), 0);
	});
});

/** The built CLI run with the threadFlags fixture preloaded: its `threadFlags` stderr lines, each `event tag`. */
function threadFlags(...args: string[]): string[] {
	const result = spawnSync(process.execPath, ['--require', THREAD_FLAGS, CLI, ...args], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 60_000 });
	assert.ok(result.status === 0 || result.status === 1, result.stderr);
	return result.stderr.split('\n').flatMap((line) => (line.startsWith('threadFlags ') ? [line.slice('threadFlags '.length)] : []));
}

describe("the CLI's check threads start with the flags they check under", () => {
	// The tags of a plain Node process, and of one with the flags the CLI sets (the budget where V8 has it).
	const tagOf = (script: string) => spawnSync(process.execPath, ['-e', `${script}; process.stdout.write(String(require('node:v8').cachedDataVersionTag()))`], { encoding: 'utf8' }).stdout;
	const plain = tagOf('');
	// The CLI's check sets the budget and makes full collections callable (host/heapCollector.ts), which V8 counts too.
	const budget = optimizeOnlyWhatStaysHot(process.versions.v8, () => {}) ? `require('node:v8').setFlagsFromString('--interrupt-budget=${CLI_INTERRUPT_BUDGET}');` : '';
	const raised = tagOf(`${budget} require('node:v8').setFlagsFromString('--expose-gc')`);
	const budgetOnly = tagOf(budget);

	test('check: the first thread starts under Node\'s flags, and is released once the budget is raised', () => {
		assert.deepEqual(threadFlags('check', CLEAN, '--format', 'json'), [`main-start ${plain}`, `main-starts-thread ${plain}`, `thread-first-message ${raised}`, `thread-first-reply ${raised}`, `main-exit ${raised}`]);
	});

	test('diff checks on the main thread, which raises the budget itself', () => {
		assert.deepEqual(threadFlags('diff', CLEAN, CLEAN), [`main-start ${plain}`, `main-exit ${budgetOnly}`]);
	});
});

