// The CLI's first check thread, started by its launcher before the CLI's bundle (host/earlyCheckThread.ts): the run
// takes it only when it is the thread it would have started itself, and ends it otherwise.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { join } from 'node:path';
import { afterEach, test } from 'node:test';
import type { Worker } from 'node:worker_threads';
import { releaseEarlyCheckThread, startEarlyCheckThread, takeEarlyCheckThread, whenReleased } from '../../server/src/host/earlyCheckThread';

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

/** The echo's answers (see the fixture) until it has answered `question`, which is then asked. */
async function answersUntil(worker: Worker, question: string): Promise<{ to: unknown; heapMb: number }[]> {
	const answers: { to: unknown; heapMb: number }[] = [];
	const collect = (answer: { to: unknown; heapMb: number }) => answers.push(answer);
	worker.on('message', collect);
	worker.postMessage(question);
	while (answers.at(-1)?.to !== question) {
		await once(worker, 'message');
	}
	worker.off('message', collect);
	return answers;
}

test('the thread started early is handed over once, running and released, to a run that asks for the same script and heap', async () => {
	startEarlyCheckThread(ECHO, 96);
	const started = waiting();
	assert.ok(started);
	const worker = takeEarlyCheckThread(ECHO, 96);
	assert.equal(worker, started);
	assert.equal(takeEarlyCheckThread(ECHO, 96), undefined);
	const answers = await answersUntil(worker, 'heap?');
	assert.deepEqual(answers.map((answer) => answer.to), ['connector-certify.release', 'heap?']);
	assert.ok(answers[1].heapMb >= 96 && answers[1].heapMb < 200, `heap limit ${answers[1].heapMb} MB`);
	await worker.terminate();
});

test('the launcher releases the early thread once, however often it says so; taking it then sends nothing more', async () => {
	startEarlyCheckThread(ECHO, 96);
	releaseEarlyCheckThread();
	releaseEarlyCheckThread();
	const worker = takeEarlyCheckThread(ECHO, 96)!;
	assert.deepEqual((await answersUntil(worker, 'heap?')).map((answer) => answer.to), ['connector-certify.release', 'heap?']);
	await worker.terminate();
});

test('off a held thread (here, the main thread), whenReleased runs at once', () => {
	let ran = false;
	whenReleased(() => (ran = true));
	assert.equal(ran, true);
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
