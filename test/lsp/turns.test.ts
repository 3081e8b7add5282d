// The main thread's queue of long tasks: in order, one per turn of the event loop, so what arrives meanwhile (a
// request, an edit) is read between two of them.
import assert from 'node:assert/strict';
import { stat } from 'node:fs';
import { test } from 'node:test';
import { Turns } from '../../server/src/lsp/turns';

test('runs tasks in order, each in a turn of its own, after the timers already due when an I/O callback queued them', async () => {
	const order: string[] = [];
	const turns = new Turns((error) => assert.fail(String(error)));
	await new Promise<void>((resolve) => {
		// An I/O callback, as a worker's message that queues a publish, which holds the thread long enough for a timer
		// set before it (the server's stall monitor) to be due.
		stat(__filename, () => {
			setTimeout(() => order.push('timer'), 2);
			const until = performance.now() + 10;
			while (performance.now() < until) {
				// busy, as a long publish
			}
			turns.later(() => {
				order.push('first');
				// Work that came in while the first task ran: read before the second task.
				setImmediate(() => order.push('between'));
			});
			turns.later(() => order.push('second'));
			turns.later(() => (order.push('third'), resolve()));
			order.push('queued');
		});
	});
	assert.deepEqual(order, ['queued', 'timer', 'first', 'between', 'second', 'third']);
});

test('a task that throws is reported, and the ones after it still run', async () => {
	const errors: unknown[] = [];
	const turns = new Turns((error) => errors.push(error));
	const ran = new Promise<void>((resolve) => {
		turns.later(() => {
			throw new Error('broken');
		});
		turns.later(resolve);
	});
	await ran;
	assert.deepEqual(errors.map((error) => (error as Error).message), ['broken']);
});
