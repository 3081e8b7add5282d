// The CLI's first check thread, started by its launcher before the CLI's bundle (host/earlyCheckThread.ts): the run
// takes it only when it is the thread it would have started itself, and ends it otherwise.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { join } from 'node:path';
import { afterEach, test } from 'node:test';
import type { Worker } from 'node:worker_threads';
import { startEarlyCheckThread, takeEarlyCheckThread } from '../../server/src/host/earlyCheckThread';

const ECHO = join(__dirname, '..', 'fixtures', 'earlyCheckThread', 'echo.js');
const FAILS = join(__dirname, '..', 'fixtures', 'earlyCheckThread', 'fails.js');

/** The thread waiting to be taken, read from its slot as the CLI's bundle would not: to watch what becomes of it. */
function waiting(): Worker | undefined {
	return (globalThis as { [key: symbol]: { worker: Worker } | undefined })[Symbol.for('connector-certify.earlyCheckThread')]?.worker;
}

afterEach(async () => {
	const left = waiting();
	if (left) {
		await left.terminate();
	}
	takeEarlyCheckThread(ECHO, 64);
});

test('the thread started early is handed over once, running, to a run that asks for the same script and heap', async () => {
	startEarlyCheckThread(ECHO, 96);
	const started = waiting();
	assert.ok(started);
	const worker = takeEarlyCheckThread(ECHO, 96);
	assert.equal(worker, started);
	assert.equal(takeEarlyCheckThread(ECHO, 96), undefined);
	worker.postMessage('heap?');
	const [limitMb] = (await once(worker, 'message')) as [number];
	assert.ok(limitMb >= 96 && limitMb < 200, `heap limit ${limitMb} MB`);
	await worker.terminate();
});

test('a run with another heap limit (--max-memory) or script does not get it, and it is ended', async () => {
	for (const [script, memoryMb] of [[ECHO, 128], [FAILS, 96]] as const) {
		startEarlyCheckThread(ECHO, 96);
		const started = waiting()!;
		started.ref(); // see below: the test keeps the process alive while it waits
		const exited = once(started, 'exit');
		assert.equal(takeEarlyCheckThread(script, memoryMb), undefined);
		await exited;
		assert.equal(waiting(), undefined);
	}
});

test('a thread that failed before it was taken is not handed over, and its error does not end the process', async () => {
	startEarlyCheckThread(FAILS, 96);
	const started = waiting()!;
	// The early thread does not keep the process alive (unref), so the test does while it waits for the thread to end;
	// not with events.once here, which rejects on the 'error' that comes first.
	started.ref();
	await new Promise((resolve) => started.on('exit', resolve));
	assert.equal(takeEarlyCheckThread(FAILS, 96), undefined);
});

test('nothing is handed over when nothing was started', () => {
	assert.equal(takeEarlyCheckThread(ECHO, 96), undefined);
});
